package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An agency's working hours: a standard week, periods that replace it (summer/winter hours), and the
 * length of one working day used to turn day budgets into working minutes.
 *
 * @param standard sessions that apply outside every period
 * @param periods non-overlapping periods, each replacing the standard week on its dates
 * @param minutesPerWorkingDay working minutes in one working day (1..1440). {@link #of(WeeklySessions)}
 *     derives it from the standard week (the longest day: 480 = 8 h for the standard sessions), because
 *     law and practice state budgets as "N ngày làm việc" with 1 day = 8 working hours. It stays fixed when
 *     a period has shorter days, so a day budget is then worth more than one short day.
 */
public record WorkingSchedule(WeeklySessions standard, List<SchedulePeriod> periods, int minutesPerWorkingDay) {

    public WorkingSchedule {
        Objects.requireNonNull(standard, "standard");
        List<SchedulePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(SchedulePeriod::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).validFrom().isAfter(sorted.get(i - 1).validTo())) {
                throw new CalendarRuleException(
                        CalendarError.PERIOD_OVERLAP, "periods", sorted.get(i - 1) + " overlaps " + sorted.get(i));
            }
        }
        periods = List.copyOf(sorted);
        if (minutesPerWorkingDay < 1 || minutesPerWorkingDay > 24 * 60) {
            throw new CalendarRuleException(
                    CalendarError.MINUTES_PER_DAY_OUT_OF_RANGE,
                    "minutesPerWorkingDay",
                    "must be 1..1440, was " + minutesPerWorkingDay);
        }
    }

    /** The standard state-agency schedule: Monday-Friday 07:00-11:30, 13:30-17:00, 1 day = 8 h. */
    public static WorkingSchedule standardSchedule() {
        return of(WeeklySessions.standard());
    }

    /** A schedule without periods whose working day is as long as the longest day of the week. */
    public static WorkingSchedule of(WeeklySessions standard) {
        int longest = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            longest = Math.max(
                    longest,
                    standard.sessions(day).stream()
                            .mapToInt(WorkingSession::minutes)
                            .sum());
        }
        if (longest == 0) {
            throw new CalendarRuleException(
                    CalendarError.MINUTES_PER_DAY_OUT_OF_RANGE, "standard", "the week has no sessions");
        }
        return new WorkingSchedule(standard, List.of(), longest);
    }

    public WorkingSchedule withPeriod(SchedulePeriod period) {
        List<SchedulePeriod> all = new ArrayList<>(periods);
        all.add(period);
        return new WorkingSchedule(standard, all, minutesPerWorkingDay);
    }

    public WorkingSchedule withMinutesPerWorkingDay(int minutes) {
        return new WorkingSchedule(standard, periods, minutes);
    }

    /** The week in force on a date. */
    public WeeklySessions weekOn(LocalDate date) {
        for (SchedulePeriod period : periods) {
            if (period.contains(date)) {
                return period.sessions();
            }
        }
        return standard;
    }
}
