package org.motcua.dossier;

import java.time.LocalDateTime;

/** A time the processing clock did not run: waiting for the applicant's supplement or payment. */
public record PauseInterval(LocalDateTime fromAt, LocalDateTime toAt, Kind kind) {

    public enum Kind {
        SUPPLEMENT,
        FINANCIAL_OBLIGATION
    }
}
