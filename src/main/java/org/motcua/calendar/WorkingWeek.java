package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Stored working sessions of the province ({@code agencyId} null) or of one agency: the standard week
 * (no dates) or a dated period that replaces it, e.g. summer hours.
 */
public record WorkingWeek(UUID id, UUID agencyId, LocalDate validFrom, LocalDate validTo, WeeklySessions sessions) {

    public WorkingWeek {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessions, "sessions");
        if ((validFrom == null) != (validTo == null)) {
            throw new CalendarRuleException(
                    CalendarError.PERIOD_INVALID, validFrom == null ? "validFrom" : "validTo", "both dates or none");
        }
        if (validFrom != null) {
            CalendarTable.requireInRange(validFrom, "validFrom");
            CalendarTable.requireInRange(validTo, "validTo");
            // Rejects a period that ends before it starts, naming the field.
            new SchedulePeriod(validFrom, validTo, sessions);
        }
    }

    public boolean isStandard() {
        return validFrom == null;
    }

    SchedulePeriod period() {
        return new SchedulePeriod(validFrom, validTo, sessions);
    }
}
