package org.motcua.calendar;

import java.util.Locale;

/** How a processing time is counted. */
public enum DeadlineUnit {
    /** Working hours (giờ làm việc), counted over the working sessions. */
    WORKING_HOURS,
    /** Working days (ngày làm việc); 1 day = {@link WorkingSchedule#minutesPerWorkingDay()}; fractions allowed. */
    WORKING_DAYS,
    /** Calendar days (ngày); a due date on a non-working day moves to the next working day. */
    CALENDAR_DAYS,
    /** Calendar months (tháng); as calendar days, with month arithmetic (31/01 + 1 month = 28/02 or 29/02). */
    MONTHS,
    /** Same day (ngay trong ngày, amount 0): end of the working day, or of the next one after the cut-off. */
    SAME_DAY;

    /**
     * Parses a unit name; also accepts {@code DAYS}, the spelling of calendar days in procedures.csv.
     *
     * @throws CalendarRuleException {@code calendar.unknown_unit} for anything else
     */
    public static DeadlineUnit parse(String name) {
        if (name != null) {
            String upper = name.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("DAYS")) {
                return CALENDAR_DAYS;
            }
            for (DeadlineUnit unit : values()) {
                if (unit.name().equals(upper)) {
                    return unit;
                }
            }
        }
        throw new CalendarRuleException(CalendarError.UNKNOWN_UNIT, "unit", "unknown deadline unit: " + name);
    }
}
