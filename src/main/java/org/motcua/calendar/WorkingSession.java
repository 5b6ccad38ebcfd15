package org.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** One working session of a day, e.g. 07:00-11:30. Half-open: the end minute is not worked. */
public record WorkingSession(LocalTime start, LocalTime end) {

    public WorkingSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new CalendarRuleException(
                    CalendarError.SESSION_END_NOT_AFTER_START,
                    "end",
                    "session end " + end + " is not after its start " + start);
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            // Working time is counted in whole minutes.
            throw new CalendarRuleException(
                    CalendarError.SESSION_NOT_WHOLE_MINUTES,
                    "start",
                    "session bounds must be whole minutes: " + start + "-" + end);
        }
    }

    public static WorkingSession of(String start, String end) {
        return new WorkingSession(LocalTime.parse(start), LocalTime.parse(end));
    }

    public int minutes() {
        return endMinute() - startMinute();
    }

    int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    int endMinute() {
        return end.getHour() * 60 + end.getMinute();
    }
}
