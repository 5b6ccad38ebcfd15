package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The calendar module's facade: deadline arithmetic for other modules, the holiday schedule and working
 * hours for pages and the API, and administrators' changes. Reads are served from an immutable in-memory
 * snapshot (no database access per call); every change rebuilds it after commit.
 *
 * <p>{@code agencyId} selects an agency's own working hours; null, or an agency without hours of its own,
 * means the province's. Holidays are the same for every agency. All times are local times in
 * Asia/Ho_Chi_Minh.
 */
@Service
public class WorkingCalendar {

    private final CalendarSnapshots snapshots;
    private final CalendarChanges changes;
    private final CalendarStore store;

    WorkingCalendar(CalendarSnapshots snapshots, CalendarChanges changes, CalendarStore store) {
        this.snapshots = snapshots;
        this.changes = changes;
        this.store = store;
    }

    // --- deadlines -----------------------------------------------------------------------------------

    /**
     * The due time of a processing time counted from {@code start}, with its explanation.
     *
     * @param options pauses, pause rule and same-day cut-off; null for {@link DeadlineOptions#DEFAULT}
     * @throws CalendarRuleException for an unknown unit, a negative or absurd amount, a start outside
     *     1900-2199
     */
    public Deadline due(
            LocalDateTime start, BigDecimal amount, DeadlineUnit unit, DeadlineOptions options, UUID agencyId) {
        return engine(agencyId).due(start, amount, unit, options);
    }

    /** Working time from {@code from} to {@code to} ("late by 1 day 3 hours"); negative when {@code to} is earlier. */
    public WorkingDuration workingTimeBetween(LocalDateTime from, LocalDateTime to, UUID agencyId) {
        return engine(agencyId).workingTimeBetween(from, to);
    }

    /** When the clock starts for a dossier received at {@code received}: the next session start if outside hours. */
    public LocalDateTime countingStart(LocalDateTime received, UUID agencyId) {
        return engine(agencyId).countingStart(received);
    }

    public boolean isWorkingDay(LocalDate date, UUID agencyId) {
        return engine(agencyId).isWorkingDay(date);
    }

    /**
     * {@code days} working days (fractions allowed, negative to go back) after {@code from}, e.g. the
     * start of the warning window one working day before a due time.
     */
    public LocalDateTime addWorkingDays(LocalDateTime from, BigDecimal days, UUID agencyId) {
        DeadlineEngine engine = engine(agencyId);
        int perDay = engine.schedule().minutesPerWorkingDay();
        if (days == null || days.abs().compareTo(BigDecimal.valueOf(DeadlineEngine.MAX_DAYS)) > 0) {
            throw new CalendarRuleException(CalendarError.AMOUNT_OUT_OF_RANGE, "days", "at most 3650: " + days);
        }
        long minutes;
        try {
            minutes = days.multiply(BigDecimal.valueOf(perDay)).longValueExact();
        } catch (ArithmeticException e) {
            throw new CalendarRuleException(CalendarError.AMOUNT_PRECISION, "days", "not whole minutes: " + days);
        }
        return engine.plusWorkingMinutes(from, minutes);
    }

    // --- reading the calendar --------------------------------------------------------------------------

    /** The holiday schedule of a year (1900-2199) as it applies, proposed entries flagged. */
    public CalendarYear year(int year) {
        CalendarTable.requireYearInRange(year, "year");
        HolidaySchedule holidays = snapshots.current().holidays();
        return new CalendarYear(
                year, holidays.isConfirmed(year), new LunarDate(year, 1, 1, false).toSolar(), holidays.entries(year));
    }

    public WorkingHours hours(UUID agencyId) {
        return snapshots.current().hours(agencyId);
    }

    /** Agencies with working hours of their own. */
    public Set<UUID> agenciesWithOwnHours() {
        return snapshots.current().agenciesWithOwnHours();
    }

    /** The latest changes, newest first. */
    public List<CalendarChange> recentChanges(int limit) {
        return store.changes(Math.clamp(limit, 1, 500));
    }

    // --- administrators' changes (audited; the signed-in user is recorded) ----------------------------

    /** Adds the entry of a date, or replaces the one stored there (also to override a proposed entry). */
    public CalendarEntry saveEntry(LocalDate date, CalendarEntryKind kind, String name, String legalNote) {
        return changes.saveEntry(date, kind, name, legalNote);
    }

    public void removeEntry(LocalDate date) {
        changes.removeEntry(date);
    }

    /**
     * Confirms the Lunar New Year block of a year, the five Tết days starting {@code daysBeforeNewYear}
     * (0-5) days before mùng 1, and stores the year's schedule; returns the entries added.
     */
    public List<CalendarEntry> confirmLunarNewYear(int year, int daysBeforeNewYear) {
        return changes.confirmLunarNewYear(year, daysBeforeNewYear);
    }

    public WorkingWeek saveStandardWeek(UUID agencyId, WeeklySessions sessions) {
        return changes.saveStandardWeek(agencyId, sessions);
    }

    /** Adds a dated period ({@code id} null) or changes one. */
    public WorkingWeek savePeriod(
            UUID id, UUID agencyId, LocalDate validFrom, LocalDate validTo, WeeklySessions sessions) {
        return changes.savePeriod(id, agencyId, validFrom, validTo, sessions);
    }

    /** Copies the sessions of a stored week (standard or period, any owner) into a new period. */
    public WorkingWeek copyToNewPeriod(UUID sourceWeekId, UUID agencyId, LocalDate validFrom, LocalDate validTo) {
        return changes.copyToNewPeriod(sourceWeekId, agencyId, validFrom, validTo);
    }

    public void removeWeek(UUID weekId) {
        changes.removeWeek(weekId);
    }

    public void removeAgencyHours(UUID agencyId) {
        changes.removeAgencyHours(agencyId);
    }

    private DeadlineEngine engine(UUID agencyId) {
        return snapshots.current().engine(agencyId);
    }
}
