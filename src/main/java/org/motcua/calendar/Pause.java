package org.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/** An interval [from, to) during which a dossier's clock did not run. */
public record Pause(LocalDateTime from, LocalDateTime to, PauseKind kind) {

    public Pause {
        Objects.requireNonNull(kind, "kind");
        if (from == null || to == null || !to.isAfter(from)) {
            throw new CalendarRuleException(
                    CalendarError.PAUSE_INVALID, "pauses", "a pause must end after it starts: " + from + " - " + to);
        }
    }

    public static Pause supplement(LocalDateTime from, LocalDateTime to) {
        return new Pause(from, to, PauseKind.SUPPLEMENT);
    }

    public static Pause financialObligation(LocalDateTime from, LocalDateTime to) {
        return new Pause(from, to, PauseKind.FINANCIAL_OBLIGATION);
    }
}
