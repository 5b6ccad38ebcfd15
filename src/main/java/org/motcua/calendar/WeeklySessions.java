package org.motcua.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The working sessions of each day of the week. A day without sessions is a weekly rest day. Sessions of
 * a day are kept sorted and must not overlap (touching is allowed).
 */
public record WeeklySessions(Map<DayOfWeek, List<WorkingSession>> byDay) {

    public WeeklySessions {
        Map<DayOfWeek, List<WorkingSession>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingSession> sessions = new ArrayList<>(byDay.getOrDefault(day, List.of()));
            sessions.sort(Comparator.comparing(WorkingSession::start));
            for (int i = 1; i < sessions.size(); i++) {
                if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                    throw new CalendarRuleException(
                            CalendarError.SESSION_OVERLAP,
                            "sessions." + day,
                            sessions.get(i - 1) + " overlaps " + sessions.get(i));
                }
            }
            copy.put(day, List.copyOf(sessions));
        }
        byDay = Collections.unmodifiableMap(copy);
    }

    /** Monday-Friday 07:00-11:30 and 13:30-17:00: the typical hours of state agencies (8 h a day). */
    public static WeeklySessions standard() {
        return mondayToFriday(WorkingSession.of("07:00", "11:30"), WorkingSession.of("13:30", "17:00"));
    }

    public static WeeklySessions mondayToFriday(WorkingSession... sessions) {
        Map<DayOfWeek, List<WorkingSession>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            byDay.put(day, List.of(sessions));
        }
        return new WeeklySessions(byDay);
    }

    public List<WorkingSession> sessions(DayOfWeek day) {
        return byDay.get(day);
    }

    /**
     * Sessions worked on a swapped workday (làm bù), which replaces an ordinary working day: those of the
     * first day from Monday on that has sessions.
     */
    public List<WorkingSession> workdaySessions() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!byDay.get(day).isEmpty()) {
                return byDay.get(day);
            }
        }
        return List.of();
    }
}
