package org.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators' changes to the calendar. Each change takes the calendar write lock, validates the
 * result as a whole, writes, records an audit row (who, when, before, after) and has the snapshot
 * rebuilt after commit. Invalid input throws before anything is written.
 */
@Component
class CalendarChanges {

    static final int NAME_MAX = 200;
    static final int LEGAL_NOTE_MAX = 1000;

    private final CalendarStore store;
    private final CalendarSnapshots snapshots;
    private final Clock clock;
    private final JsonMapper json;

    CalendarChanges(CalendarStore store, CalendarSnapshots snapshots, Clock clock, JsonMapper json) {
        this.store = store;
        this.snapshots = snapshots;
        this.clock = clock;
        this.json = json;
    }

    // --- entries -----------------------------------------------------------------------------------

    @Transactional
    CalendarEntry saveEntry(LocalDate date, CalendarEntryKind kind, String name, String legalNote) {
        CalendarEntry entry = validEntry(date, kind, name, legalNote);
        store.lockForChange();
        Optional<CalendarEntry> before = store.entry(date);
        store.saveEntry(entry);
        audit(before.isPresent() ? "ENTRY_UPDATED" : "ENTRY_ADDED", "entry " + date, before.orElse(null), entry);
        return entry;
    }

    @Transactional
    void removeEntry(LocalDate date) {
        store.lockForChange();
        CalendarEntry before = store.entry(date)
                .orElseThrow(() ->
                        new CalendarRuleException(CalendarError.ENTRY_NOT_FOUND, "date", "no stored entry on " + date));
        store.deleteEntry(date);
        audit("ENTRY_REMOVED", "entry " + date, before, null);
    }

    /**
     * Confirms a year's Lunar New Year block: the five Tết days start {@code daysBeforeNewYear} days before
     * mùng 1. The year's proposal under that choice (Tết, the other holidays, compensatory days) is stored
     * as official entries, except on dates that already have a stored entry; from then on the stored
     * entries are the year's whole schedule and are edited one by one.
     */
    @Transactional
    List<CalendarEntry> confirmLunarNewYear(int year, int daysBeforeNewYear) {
        CalendarTable.requireYearInRange(year, "year");
        if (daysBeforeNewYear < 0 || daysBeforeNewYear > StatutoryHolidays.TET_DAYS) {
            throw new CalendarRuleException(
                    CalendarError.TET_DAYS_OUT_OF_RANGE, "daysBeforeNewYear", "must be 0..5: " + daysBeforeNewYear);
        }
        store.lockForChange();
        if (store.confirmedYears().contains(year)) {
            throw new CalendarRuleException(CalendarError.YEAR_ALREADY_CONFIRMED, "year", year + " is confirmed");
        }
        Map<LocalDate, CalendarEntry> stored = store.entries().stream()
                .filter(e -> e.date().getYear() == year)
                .collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        HolidayProposalRules rules =
                new HolidayProposalRules(daysBeforeNewYear, HolidayProposalRules.DEFAULT.nationalDayExtraDay());
        List<CalendarEntry> added = new ArrayList<>();
        for (CalendarEntry proposed : StatutoryHolidays.proposed(year, rules)) {
            if (!stored.containsKey(proposed.date())) {
                CalendarEntry entry =
                        CalendarEntry.official(proposed.date(), proposed.kind(), proposed.name(), proposed.legalNote());
                store.saveEntry(entry);
                added.add(entry);
            }
        }
        store.confirmYear(year, daysBeforeNewYear, clock.instant(), actor());
        audit("YEAR_CONFIRMED", "year " + year, null, Map.of("daysBeforeNewYear", daysBeforeNewYear, "added", added));
        return List.copyOf(added);
    }

    // --- working hours -----------------------------------------------------------------------------

    /** Sets the standard week of the province ({@code agencyId} null) or of an agency (its own hours). */
    @Transactional
    WorkingWeek saveStandardWeek(UUID agencyId, WeeklySessions sessions) {
        store.lockForChange();
        List<WorkingWeek> weeks = store.weeks();
        Optional<WorkingWeek> before = weeks.stream()
                .filter(w -> w.isStandard() && Objects.equals(w.agencyId(), agencyId))
                .findFirst();
        WorkingWeek after = new WorkingWeek(
                before.map(WorkingWeek::id).orElseGet(UUID::randomUUID), agencyId, null, null, sessions);
        return replace(weeks, before.orElse(null), after);
    }

    /** Adds ({@code id} null) or changes a dated period of the province or an agency. */
    @Transactional
    WorkingWeek savePeriod(UUID id, UUID agencyId, LocalDate validFrom, LocalDate validTo, WeeklySessions sessions) {
        requireDates(validFrom, validTo);
        store.lockForChange();
        List<WorkingWeek> weeks = store.weeks();
        WorkingWeek before = id == null ? null : find(weeks, id);
        UUID owner = before == null ? agencyId : before.agencyId();
        WorkingWeek after = new WorkingWeek(id == null ? UUID.randomUUID() : id, owner, validFrom, validTo, sessions);
        return replace(weeks, before, after);
    }

    /** Copies the sessions of any stored week into a new period of the province or an agency. */
    @Transactional
    WorkingWeek copyToNewPeriod(UUID sourceId, UUID agencyId, LocalDate validFrom, LocalDate validTo) {
        requireDates(validFrom, validTo);
        store.lockForChange();
        List<WorkingWeek> weeks = store.weeks();
        WorkingWeek source = find(weeks, sourceId);
        return replace(
                weeks, null, new WorkingWeek(UUID.randomUUID(), agencyId, validFrom, validTo, source.sessions()));
    }

    /** Removes a week; the province's standard week cannot be removed. */
    @Transactional
    void removeWeek(UUID id) {
        store.lockForChange();
        List<WorkingWeek> weeks = store.weeks();
        replace(weeks, find(weeks, id), null);
    }

    /** Removes all hours of an agency: it follows the province's again. */
    @Transactional
    void removeAgencyHours(UUID agencyId) {
        Objects.requireNonNull(agencyId, "agencyId");
        store.lockForChange();
        for (WorkingWeek week : store.weeks()) {
            if (agencyId.equals(week.agencyId())) {
                store.deleteWeek(week.id());
                audit("HOURS_REMOVED", "working_week " + week.id(), week, null);
            }
        }
    }

    /** Checks the hours as they will be after the change, then writes and audits it. */
    private WorkingWeek replace(List<WorkingWeek> weeks, WorkingWeek before, WorkingWeek after) {
        List<WorkingWeek> result = new ArrayList<>(weeks);
        if (before != null) {
            result.removeIf(w -> w.id().equals(before.id()));
        }
        if (after != null) {
            result.add(after);
        }
        CalendarSnapshot.check(result);
        if (after != null) {
            store.saveWeek(after);
        } else {
            store.deleteWeek(before.id());
        }
        String action = before == null ? "HOURS_ADDED" : after == null ? "HOURS_REMOVED" : "HOURS_UPDATED";
        audit(action, "working_week " + (after != null ? after.id() : before.id()), before, after);
        return after;
    }

    private static WorkingWeek find(List<WorkingWeek> weeks, UUID id) {
        return weeks.stream()
                .filter(w -> w.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new CalendarRuleException(CalendarError.PERIOD_NOT_FOUND, "id", "no week " + id));
    }

    private static void requireDates(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null || validTo == null) {
            throw new CalendarRuleException(
                    CalendarError.PERIOD_INVALID, validFrom == null ? "validFrom" : "validTo", "a period has dates");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private CalendarEntry validEntry(LocalDate date, CalendarEntryKind kind, String name, String legalNote) {
        if (date == null) {
            throw new CalendarRuleException(CalendarError.ENTRY_INVALID, "date", "required");
        }
        CalendarTable.requireInRange(date, "date");
        if (kind == null) {
            throw new CalendarRuleException(CalendarError.ENTRY_INVALID, "kind", "required");
        }
        String cleanName = requireText(name, "name", NAME_MAX);
        String cleanNote = requireText(legalNote, "legalNote", LEGAL_NOTE_MAX);
        // A swap only makes sense against the province's ordinary week: work on a rest day, rest on a workday.
        boolean ordinaryWorkday = !snapshots
                .current()
                .engine(null)
                .schedule()
                .weekOn(date)
                .sessions(date.getDayOfWeek())
                .isEmpty();
        boolean fits = switch (kind) {
            case HOLIDAY -> true;
            case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> ordinaryWorkday;
            case SWAPPED_WORKDAY -> !ordinaryWorkday;
        };
        if (!fits) {
            throw new CalendarRuleException(CalendarError.ENTRY_KIND_NOT_FOR_DAY, "kind", kind + " on " + date);
        }
        return CalendarEntry.official(date, kind, cleanName, cleanNote);
    }

    private static String requireText(String value, String field, int max) {
        String clean = org.motcua.shared.Text.clean(value);
        if (clean == null || clean.length() > max) {
            throw new CalendarRuleException(
                    CalendarError.ENTRY_INVALID, field, "required, at most " + max + " characters");
        }
        return clean;
    }

    private void audit(String action, String subject, Object before, Object after) {
        store.audit(clock.instant(), actor(), action, subject, toJson(before), toJson(after));
        snapshots.reloadAfterCommit();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    /** The signed-in administrator, or "system" for changes made without one (migrations, jobs). */
    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
