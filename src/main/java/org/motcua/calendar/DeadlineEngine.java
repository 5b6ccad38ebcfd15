package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Deadline arithmetic over an immutable snapshot of a working schedule and holiday schedule (the future
 * {@code WorkingCalendar} facade delegates here). Build one per schedule version and share it: every
 * method is thread-safe and does no calendar logic per call beyond array lookups and a binary search.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Counting start.</b> A dossier received outside working time (evening, lunch break, weekend,
 *       holiday) counts from the start of the next session. Seconds are ignored.
 *   <li><b>Working hours / days.</b> The budget is working minutes (1 day = {@link
 *       WorkingSchedule#minutesPerWorkingDay()}, so 0.5 day = 4 h), added over the sessions. A due time that
 *       falls between two sessions is shown as the start of the next session — the same normalisation as
 *       for the start. With it "N days keep the time of day of the start" holds for every start inside a
 *       session: Mon 07:00 + 1 day is Tue 07:00 (not Mon 17:00, the same working instant); Mon 13:30 + 1
 *       day is Tue 13:30 (not Tue 11:30).
 *   <li><b>Calendar days / months.</b> Added to the counting start keeping its time of day; a due date on a
 *       non-working day moves to the next working day at the same time.
 *   <li><b>Same day.</b> Due at the end of the last session of the counting start's day; if counting starts
 *       after the cut-off (default 15:00), at the end of the next working day.
 *   <li><b>Pauses.</b> See {@link PauseRule}; for calendar units pauses are measured in calendar time.
 * </ul>
 */
public final class DeadlineEngine {

    /** Largest budget in days (about ten years): anything longer is a data error. */
    static final int MAX_DAYS = 3650;

    static final int MAX_MONTHS = 120;

    private final WorkingSchedule schedule;
    private final CalendarTable table;

    public DeadlineEngine(WorkingSchedule schedule, HolidaySchedule holidays) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.table = new CalendarTable(schedule, Objects.requireNonNull(holidays, "holidays"));
    }

    public WorkingSchedule schedule() {
        return schedule;
    }

    public Deadline due(LocalDateTime start, BigDecimal amount, DeadlineUnit unit) {
        return due(start, amount, unit, DeadlineOptions.DEFAULT);
    }

    public Deadline due(LocalDateTime start, BigDecimal amount, DeadlineUnit unit, DeadlineOptions options) {
        if (unit == null) {
            throw new CalendarRuleException(CalendarError.UNKNOWN_UNIT, "unit", "the deadline unit is required");
        }
        requireInRange(start, "start");
        long budget = budget(amount, unit);
        DeadlineOptions opts = options == null ? DeadlineOptions.DEFAULT : options;
        for (Pause pause : opts.pauses()) {
            if (!CalendarTable.inRange(pause.from()) || !CalendarTable.inRange(pause.to())) {
                throw new CalendarRuleException(
                        CalendarError.PAUSE_INVALID, "pauses", "pause outside 1900-2199: " + pause);
            }
        }

        List<Explanation> lines = new ArrayList<>(6);
        boolean workingUnit = unit == DeadlineUnit.WORKING_HOURS || unit == DeadlineUnit.WORKING_DAYS;
        lines.add(new Explanation.Rule(unit, amount, workingUnit ? budget : 0, schedule.minutesPerWorkingDay()));
        LocalDateTime countFrom = start;
        if (opts.pauseRule() == PauseRule.RESTART) {
            for (Pause pause : opts.pauses()) {
                if (pause.kind() == PauseKind.SUPPLEMENT && pause.to().isAfter(countFrom)) {
                    countFrom = pause.to();
                }
            }
            if (!countFrom.equals(start)) {
                lines.add(new Explanation.Restarted(countFrom));
            }
        }
        long startPos = table.position(countFrom);
        LocalDateTime counted = latestAt(startPos);
        if (!counted.equals(countFrom.truncatedTo(ChronoUnit.MINUTES))) {
            lines.add(new Explanation.StartMoved(countFrom, counted));
        }

        LocalDateTime due = switch (unit) {
            case WORKING_HOURS, WORKING_DAYS -> {
                long pos = extendByPauses(startPos + budget, startPos, countFrom, opts, true, lines);
                LocalDateTime at = latestAt(pos);
                addDayLines(lines, countFrom.toLocalDate(), at.toLocalDate());
                yield at;
            }
            case SAME_DAY -> {
                int day = table.dayIndex(counted.toLocalDate());
                if (counted.toLocalTime().isAfter(opts.sameDayCutoff())) {
                    lines.add(new Explanation.CutoffPassed(opts.sameDayCutoff()));
                    day = nextWorkingDay(day + 1);
                }
                long pos = extendByPauses(table.endOfDay(day), startPos, countFrom, opts, true, lines);
                if (pos > table.end()) {
                    throw dueOutOfRange();
                }
                // The end of the working day is shown as the end of its last session (17:00).
                LocalDateTime at = table.earliestAt(pos);
                addDayLines(lines, countFrom.toLocalDate(), at.toLocalDate());
                yield at;
            }
            case CALENDAR_DAYS, MONTHS -> calendarDue(counted, budget, unit, countFrom, opts, lines);
        };
        for (int year = countFrom.getYear(); year <= due.getYear(); year++) {
            if (!table.isConfirmedYear(year)) {
                lines.add(new Explanation.ProposedSchedule(year));
            }
        }
        return new Deadline(start, due, unit, amount, lines);
    }

    /** Working time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
    public WorkingDuration workingTimeBetween(LocalDateTime a, LocalDateTime b) {
        requireInRange(a, "a");
        requireInRange(b, "b");
        return new WorkingDuration(table.position(b) - table.position(a), schedule.minutesPerWorkingDay());
    }

    /** When counting starts for a dossier received at the given time. */
    public LocalDateTime countingStart(LocalDateTime received) {
        requireInRange(received, "received");
        return latestAt(table.position(received));
    }

    /**
     * The instant {@code minutes} of working time after {@code from} (before it when negative), shown like a
     * due time: between two sessions it is the start of the next one. Used for warning windows ("1 working
     * day before the due time").
     */
    public LocalDateTime plusWorkingMinutes(LocalDateTime from, long minutes) {
        requireInRange(from, "from");
        long pos = table.position(from) + minutes;
        if (pos < 0) {
            throw new CalendarRuleException(
                    CalendarError.START_OUT_OF_RANGE, "amount", "the result falls before " + CalendarTable.FIRST_DAY);
        }
        return latestAt(pos);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireInRange(date.atStartOfDay(), "date");
        return table.isWorkingDay(table.dayIndex(date));
    }

    // --- units -------------------------------------------------------------------------------------

    /** The budget in working minutes (working units), calendar days or months; validates the amount. */
    private long budget(BigDecimal amount, DeadlineUnit unit) {
        if (amount == null || amount.signum() < 0) {
            throw new CalendarRuleException(
                    CalendarError.AMOUNT_OUT_OF_RANGE, "amount", "the amount must be >= 0, was " + amount);
        }
        int perDay = schedule.minutesPerWorkingDay();
        BigDecimal factor;
        long max;
        switch (unit) {
            case WORKING_HOURS -> {
                factor = BigDecimal.valueOf(60);
                max = (long) MAX_DAYS * perDay;
            }
            case WORKING_DAYS -> {
                factor = BigDecimal.valueOf(perDay);
                max = (long) MAX_DAYS * perDay;
            }
            case CALENDAR_DAYS -> {
                factor = BigDecimal.ONE;
                max = MAX_DAYS;
            }
            case MONTHS -> {
                factor = BigDecimal.ONE;
                max = MAX_MONTHS;
            }
            case SAME_DAY -> {
                factor = BigDecimal.ONE;
                max = 0;
            }
            default -> throw new CalendarRuleException(CalendarError.UNKNOWN_UNIT, "unit", "unsupported unit " + unit);
        }
        BigDecimal scaled = amount.multiply(factor);
        if (scaled.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new CalendarRuleException(
                    CalendarError.AMOUNT_OUT_OF_RANGE,
                    "amount",
                    "amount " + amount + " " + unit + " is larger than the supported maximum");
        }
        try {
            return scaled.longValueExact();
        } catch (ArithmeticException e) {
            throw new CalendarRuleException(
                    CalendarError.AMOUNT_PRECISION,
                    "amount",
                    "amount " + amount + " " + unit + " is not a whole number of "
                            + (factor.equals(BigDecimal.ONE) ? "days or months" : "minutes"));
        }
    }

    private LocalDateTime calendarDue(
            LocalDateTime counted,
            long amount,
            DeadlineUnit unit,
            LocalDateTime countFrom,
            DeadlineOptions opts,
            List<Explanation> lines) {
        LocalDateTime nominal = unit == DeadlineUnit.MONTHS ? counted.plusMonths(amount) : counted.plusDays(amount);
        long wall = extendByPauses(wallMinutes(nominal), wallMinutes(counted), countFrom, opts, false, lines);
        LocalDateTime candidate = LocalDateTime.ofEpochSecond(wall * 60, 0, ZoneOffset.UTC);
        if (!CalendarTable.inRange(candidate)) {
            throw dueOutOfRange();
        }
        int day = table.dayIndex(candidate.toLocalDate());
        int workingDay = nextWorkingDay(day);
        if (workingDay != day) {
            addDayLines(lines, candidate.toLocalDate(), table.date(workingDay - 1));
            lines.add(new Explanation.MovedToNextWorkingDay(candidate.toLocalDate(), table.date(workingDay)));
            candidate = LocalDateTime.of(table.date(workingDay), candidate.toLocalTime());
        }
        // Keeps the time of day unless that day's sessions do not cover it (e.g. other hours in summer).
        return latestAt(table.position(candidate));
    }

    // --- pauses ------------------------------------------------------------------------------------

    /**
     * Moves a due position by the pauses after the counting start. Positions are working minutes when
     * {@code working}, else wall-clock minutes. Under RESTART the supplement pauses that ended before the
     * counting start are already accounted for by the restart and are not listed.
     */
    private long extendByPauses(
            long due,
            long startPos,
            LocalDateTime countFrom,
            DeadlineOptions opts,
            boolean working,
            List<Explanation> lines) {
        if (opts.pauses().isEmpty()) {
            return due;
        }
        List<Pause> pauses = new ArrayList<>(opts.pauses());
        pauses.sort(Comparator.comparing(Pause::from));
        int perDay = working ? schedule.minutesPerWorkingDay() : 24 * 60;
        long covered = startPos; // pauses may overlap: count each minute once
        for (Pause pause : pauses) {
            if (opts.pauseRule() == PauseRule.RESTART && !pause.to().isAfter(countFrom)) {
                continue;
            }
            long from = Math.max(covered, working ? table.position(pause.from()) : wallMinutes(pause.from()));
            long to = working ? table.position(pause.to()) : wallMinutes(pause.to());
            if (to > from && (opts.pauseRule() == PauseRule.SUBTRACT || from < due)) {
                due += to - from;
                covered = to;
                lines.add(new Explanation.PauseApplied(
                        pause.from(), pause.to(), pause.kind(), new WorkingDuration(to - from, perDay)));
            } else {
                lines.add(new Explanation.PauseIgnored(pause.from(), pause.to(), pause.kind()));
            }
        }
        return due;
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Adds the skipped days and counted swapped workdays between two dates (inclusive), in order. */
    private void addDayLines(List<Explanation> lines, LocalDate from, LocalDate to) {
        int first = table.dayIndex(from);
        int last = table.dayIndex(to);
        for (int run = table.firstRunEndingFrom(first); run < table.runCount() && table.runFrom(run) <= last; run++) {
            CalendarTable.Reason reason = table.runReason(run);
            int runFrom = Math.max(first, table.runFrom(run));
            int runTo = Math.min(last, table.runTo(run));
            if (reason.kind() == CalendarEntryKind.SWAPPED_WORKDAY) {
                for (int d = runFrom; d <= runTo; d++) {
                    lines.add(new Explanation.SwappedWorkdayCounted(table.date(d), reason.name()));
                }
            } else {
                lines.add(new Explanation.DaysSkipped(
                        table.date(runFrom), table.date(runTo), reason.kind(), reason.name(), reason.proposed()));
            }
        }
    }

    private LocalDateTime latestAt(long pos) {
        if (pos >= table.end()) {
            throw dueOutOfRange();
        }
        return table.latestAt(pos);
    }

    private int nextWorkingDay(int dayIndex) {
        int day = dayIndex < table.dayCount() ? table.workingDayFrom(dayIndex) : -1;
        if (day < 0) {
            throw dueOutOfRange();
        }
        return day;
    }

    private static long wallMinutes(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    private static void requireInRange(LocalDateTime t, String field) {
        if (t == null || !CalendarTable.inRange(t)) {
            throw new CalendarRuleException(
                    CalendarError.START_OUT_OF_RANGE,
                    field,
                    t + " is outside the supported range " + CalendarTable.FIRST_DAY + ".." + CalendarTable.LAST_DAY);
        }
    }

    private static CalendarRuleException dueOutOfRange() {
        return new CalendarRuleException(
                CalendarError.DUE_OUT_OF_RANGE, "amount", "the deadline falls after " + CalendarTable.LAST_DAY);
    }
}
