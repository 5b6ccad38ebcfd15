package org.motcua.dossier;

import java.time.LocalDateTime;
import org.springframework.data.relational.core.mapping.Table;

/** A time the processing clock did not run: waiting for the applicant's supplement or payment. */
@Table(schema = "dossier", name = "pause")
public record PauseInterval(LocalDateTime fromAt, LocalDateTime toAt, Kind kind) {

    public enum Kind {
        SUPPLEMENT,
        FINANCIAL_OBLIGATION
    }
}
