package org.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the calendar serves, immutable, as loaded from the database after the last change: the
 * holiday schedule and the working hours of the province and of every agency that overrides them. A
 * deadline engine (per-day lookup tables, about 0.7 MB) is built once per schedule, the province's
 * eagerly and an agency's on its first use.
 */
final class CalendarSnapshot {

    private final HolidaySchedule holidays;
    private final Map<UUID, List<WorkingWeek>> weeksByAgency;
    /** Key null: the province. */
    private final Map<UUID, WorkingSchedule> schedules;

    private final DeadlineEngine province;
    private final Map<UUID, DeadlineEngine> agencyEngines = new ConcurrentHashMap<>();

    private CalendarSnapshot(HolidaySchedule holidays, List<WorkingWeek> weeks) {
        this.holidays = holidays;
        this.weeksByAgency = byAgency(weeks);
        this.schedules = schedules(weeksByAgency);
        this.province = new DeadlineEngine(schedules.get(null), holidays);
    }

    static CalendarSnapshot of(
            Collection<CalendarEntry> entries, Set<Integer> confirmedYears, List<WorkingWeek> weeks) {
        return new CalendarSnapshot(new HolidaySchedule(entries, confirmedYears, HolidayProposalRules.DEFAULT), weeks);
    }

    /**
     * Checks stored working hours as a whole, the one place these rules live (used before every change is
     * written): the province has a standard week, no schedule has overlapping periods or a week without
     * sessions.
     *
     * @throws CalendarRuleException naming the offending field
     */
    static void check(List<WorkingWeek> weeks) {
        schedules(byAgency(weeks));
    }

    /**
     * The schedule of the province (key null) and of every agency with hours of its own: its standard
     * week (the province's when it has none) and its own periods.
     */
    private static Map<UUID, WorkingSchedule> schedules(Map<UUID, List<WorkingWeek>> weeksByAgency) {
        WorkingWeek provinceStandard = weeksByAgency.getOrDefault(null, List.of()).stream()
                .filter(WorkingWeek::isStandard)
                .findFirst()
                .orElseThrow(() -> new CalendarRuleException(
                        CalendarError.STANDARD_WEEK_REQUIRED, "sessions", "the province has no standard week"));
        Map<UUID, WorkingSchedule> result = new HashMap<>();
        weeksByAgency.forEach((agency, own) -> {
            WorkingWeek standard =
                    own.stream().filter(WorkingWeek::isStandard).findFirst().orElse(provinceStandard);
            WorkingSchedule base = WorkingSchedule.of(standard.sessions());
            List<SchedulePeriod> periods = own.stream()
                    .filter(w -> !w.isStandard())
                    .map(WorkingWeek::period)
                    .toList();
            result.put(agency, new WorkingSchedule(base.standard(), periods, base.minutesPerWorkingDay()));
        });
        return result;
    }

    private static Map<UUID, List<WorkingWeek>> byAgency(Collection<WorkingWeek> weeks) {
        Map<UUID, List<WorkingWeek>> result = new HashMap<>();
        for (WorkingWeek week : weeks) {
            result.computeIfAbsent(week.agencyId(), a -> new ArrayList<>()).add(week);
        }
        // Standard week first, then periods by date.
        result.values()
                .forEach(list -> list.sort(Comparator.comparing(
                        WorkingWeek::validFrom, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))));
        return result;
    }

    HolidaySchedule holidays() {
        return holidays;
    }

    /** The engine for an agency's hours; the province's when the agency has none of its own (or is null). */
    DeadlineEngine engine(UUID agencyId) {
        if (agencyId == null || !schedules.containsKey(agencyId)) {
            return province;
        }
        return agencyEngines.computeIfAbsent(agencyId, a -> new DeadlineEngine(schedules.get(a), holidays));
    }

    WorkingHours hours(UUID agencyId) {
        boolean own = agencyId != null && schedules.containsKey(agencyId);
        UUID key = own ? agencyId : null;
        return new WorkingHours(agencyId, own, schedules.get(key).minutesPerWorkingDay(), weeksByAgency.get(key));
    }

    Set<UUID> agenciesWithOwnHours() {
        Set<UUID> agencies = new HashSet<>(schedules.keySet());
        agencies.remove(null);
        return Set.copyOf(agencies);
    }
}
