package org.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable lookup tables over every day of 1900-01-01..2199-12-31 (109,573 days, about 0.7 MB) built once
 * from a schedule and a holiday schedule, so that deadline arithmetic needs no per-call calendar logic.
 *
 * <p>Working time is measured as a <em>position</em>: the number of working minutes from 1900-01-01 00:00
 * up to an instant. {@code cumulative[d]} is the position at 00:00 of day {@code d}; within a day the
 * position grows only during that day's sessions. Adding working time is adding to a position, and
 * turning a position back into an instant is one binary search.
 */
final class CalendarTable {

    static final LocalDate FIRST_DAY = LunarDate.MIN_SOLAR;
    static final LocalDate LAST_DAY = LunarDate.MAX_SOLAR;

    /** Why a run of days is mentioned in explanations; kind null = weekly rest day without an entry. */
    record Reason(CalendarEntryKind kind, String name, boolean proposed) {}

    private static final Reason WEEKLY_REST = new Reason(null, null, false);

    private final int firstEpochDay;
    private final int dayCount;
    private final int[] cumulative;
    private final short[] profileOfDay;
    /** Per profile: session bounds as minutes of the day, sorted; profile 0 has no sessions. */
    private final int[][] sessionStarts;

    private final int[][] sessionEnds;
    private final int[] profileMinutes;
    private final boolean[] confirmedYear;
    /** Maximal runs of consecutive days with the same {@link Reason}, sorted by day. */
    private final int[] runFrom;

    private final int[] runTo;
    private final Reason[] runReason;

    /** Rejects a date outside the supported range 1900-01-01..2199-12-31, naming the field. */
    static void requireInRange(LocalDate date, String field) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new CalendarRuleException(
                    CalendarError.DATE_OUT_OF_RANGE, field, date + " is outside " + FIRST_DAY + ".." + LAST_DAY);
        }
    }

    static void requireYearInRange(int year, String field) {
        if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
            throw new CalendarRuleException(
                    CalendarError.DATE_OUT_OF_RANGE,
                    field,
                    year + " is outside " + FIRST_DAY.getYear() + ".." + LAST_DAY.getYear());
        }
    }

    CalendarTable(WorkingSchedule schedule, HolidaySchedule holidays) {
        firstEpochDay = (int) FIRST_DAY.toEpochDay();
        dayCount = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);
        cumulative = new int[dayCount + 1];
        profileOfDay = new short[dayCount];
        confirmedYear = new boolean[LAST_DAY.getYear() - FIRST_DAY.getYear() + 1];

        Map<List<WorkingSession>, Integer> profileIds = new HashMap<>();
        List<List<WorkingSession>> profiles = new ArrayList<>();
        profileIds.put(List.of(), 0);
        profiles.add(List.of());
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();

        int d = 0;
        for (int year = FIRST_DAY.getYear(); year <= LAST_DAY.getYear(); year++) {
            confirmedYear[year - FIRST_DAY.getYear()] = holidays.isConfirmed(year);
            Map<LocalDate, CalendarEntry> entries = new HashMap<>();
            holidays.entries(year).forEach(e -> entries.put(e.date(), e));
            for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1), d++) {
                WeeklySessions week = schedule.weekOn(date);
                CalendarEntry entry = entries.get(date);
                List<WorkingSession> sessions;
                if (entry == null) {
                    sessions = week.sessions(date.getDayOfWeek());
                } else {
                    sessions = entry.kind().isDayOff() ? List.of() : week.workdaySessions();
                }
                int profile = profileIds.computeIfAbsent(sessions, s -> {
                    profiles.add(s);
                    return profiles.size() - 1;
                });
                if (profile > Short.MAX_VALUE) {
                    throw new IllegalStateException("too many distinct session layouts");
                }
                profileOfDay[d] = (short) profile;
                cumulative[d + 1] = cumulative[d]
                        + sessions.stream().mapToInt(WorkingSession::minutes).sum();

                Reason reason = entry != null
                        ? new Reason(entry.kind(), entry.name(), entry.proposed())
                        : sessions.isEmpty() ? WEEKLY_REST : null;
                if (reason != null) {
                    int last = reasons.size() - 1;
                    if (last >= 0 && to.get(last) == d - 1 && reasons.get(last).equals(reason)) {
                        to.set(last, d);
                    } else {
                        from.add(d);
                        to.add(d);
                        reasons.add(reason);
                    }
                }
            }
        }
        sessionStarts = new int[profiles.size()][];
        sessionEnds = new int[profiles.size()][];
        profileMinutes = new int[profiles.size()];
        for (int p = 0; p < profiles.size(); p++) {
            List<WorkingSession> sessions = profiles.get(p);
            sessionStarts[p] =
                    sessions.stream().mapToInt(WorkingSession::startMinute).toArray();
            sessionEnds[p] =
                    sessions.stream().mapToInt(WorkingSession::endMinute).toArray();
            profileMinutes[p] =
                    sessions.stream().mapToInt(WorkingSession::minutes).sum();
        }
        runFrom = from.stream().mapToInt(Integer::intValue).toArray();
        runTo = to.stream().mapToInt(Integer::intValue).toArray();
        runReason = reasons.toArray(Reason[]::new);
    }

    static boolean inRange(LocalDateTime t) {
        LocalDate date = t.toLocalDate();
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - firstEpochDay);
    }

    LocalDate date(int dayIndex) {
        return LocalDate.ofEpochDay((long) firstEpochDay + dayIndex);
    }

    int dayCount() {
        return dayCount;
    }

    boolean isWorkingDay(int dayIndex) {
        return profileMinutes[profileOfDay[dayIndex]] > 0;
    }

    boolean isConfirmedYear(int year) {
        return confirmedYear[year - FIRST_DAY.getYear()];
    }

    /** First working day at or after the given day, or -1 if there is none in range. */
    int workingDayFrom(int dayIndex) {
        for (int d = dayIndex; d < dayCount; d++) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        return -1;
    }

    /** Working minutes at the end of the given day (= at the start of the next one). */
    long endOfDay(int dayIndex) {
        return cumulative[dayIndex + 1];
    }

    /** Total working minutes of the table: no instant has a later position. */
    long end() {
        return cumulative[dayCount];
    }

    /** The position of an instant in range; seconds are ignored (working time is counted in minutes). */
    long position(LocalDateTime t) {
        int d = dayIndex(t.toLocalDate());
        int minute = t.getHour() * 60 + t.getMinute();
        int p = profileOfDay[d];
        int[] starts = sessionStarts[p];
        int[] ends = sessionEnds[p];
        long pos = cumulative[d];
        for (int i = 0; i < starts.length && minute > starts[i]; i++) {
            pos += Math.min(minute, ends[i]) - starts[i];
        }
        return pos;
    }

    /**
     * The latest instant at the given position: inside a session, or the start of the next session when
     * the position falls between sessions. Requires {@code 0 <= pos < end()}.
     */
    LocalDateTime latestAt(long pos) {
        int lo = 0;
        int hi = dayCount - 1;
        while (lo < hi) { // last day whose start position is <= pos
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return instantInSessions(lo, pos - cumulative[lo], false);
    }

    /**
     * The earliest instant at the given position: the end of a session when the position falls between
     * sessions. Requires {@code 0 < pos <= end()}.
     */
    LocalDateTime earliestAt(long pos) {
        int lo = 0;
        int hi = dayCount - 1;
        while (lo < hi) { // first day whose end position is >= pos
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= pos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return instantInSessions(lo, pos - cumulative[lo], true);
    }

    /**
     * The instant {@code rest} working minutes into a day's sessions. At a session boundary it is the
     * end of the earlier session when {@code atSessionEnd}, else the start of the next one.
     */
    private LocalDateTime instantInSessions(int dayIndex, long rest, boolean atSessionEnd) {
        int p = profileOfDay[dayIndex];
        int[] starts = sessionStarts[p];
        int[] ends = sessionEnds[p];
        for (int i = 0; ; i++) {
            int length = ends[i] - starts[i];
            if (rest < length || (atSessionEnd && rest == length)) {
                return instant(dayIndex, starts[i] + (int) rest);
            }
            rest -= length;
        }
    }

    private LocalDateTime instant(int dayIndex, int minuteOfDay) {
        return LocalDateTime.of(date(dayIndex), LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
    }

    /** Index of the first run that ends on or after the given day. */
    int firstRunEndingFrom(int dayIndex) {
        int lo = 0;
        int hi = runTo.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runTo[mid] >= dayIndex) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    int runCount() {
        return runFrom.length;
    }

    int runFrom(int run) {
        return runFrom[run];
    }

    int runTo(int run) {
        return runTo[run];
    }

    Reason runReason(int run) {
        return runReason[run];
    }
}
