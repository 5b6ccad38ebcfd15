package org.motcua.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.motcua.shared.Vietnam;

/**
 * Non-urgent messages are not sent at night, Vietnam time (by default 21:00–07:00): one that comes due
 * then waits for the morning.
 */
record QuietHours(LocalTime from, LocalTime until) {

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant next(Instant at) {
        ZonedDateTime local = at.atZone(Vietnam.ZONE);
        LocalTime time = local.toLocalTime();
        boolean quiet = from.isAfter(until)
                ? !time.isBefore(from) || time.isBefore(until) // across midnight, the usual case
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return at;
        }
        ZonedDateTime morning = local.with(until).withSecond(0).withNano(0);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.toInstant();
    }
}
