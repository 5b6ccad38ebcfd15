package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** Sessions that replace the standard week between two dates (inclusive), e.g. summer hours. */
public record SchedulePeriod(LocalDate validFrom, LocalDate validTo, WeeklySessions sessions) {

    public SchedulePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(sessions, "sessions");
        if (validTo.isBefore(validFrom)) {
            throw new CalendarRuleException(
                    CalendarError.PERIOD_INVALID,
                    "validTo",
                    "period ends " + validTo + " before it starts " + validFrom);
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
