package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The holiday entries in force, year by year: the announced (official) schedule where a year has one,
 * otherwise the statutory proposal. Immutable.
 *
 * <p>A year is <em>confirmed</em> when the official entries contain at least one {@code HOLIDAY} dated in
 * it. A confirmed year uses exactly its official entries. An unconfirmed year uses the proposal of
 * {@link StatutoryHolidays} with any official entries dated in that year laid over it (official wins on the
 * same date) — e.g. the swapped day off of 31/12/2018 announced with the 2019 schedule.
 */
public final class HolidaySchedule {

    private final Map<Integer, List<CalendarEntry>> officialByYear;
    private final Set<Integer> confirmedYears;
    private final HolidayProposalRules rules;

    /** Official entries; a year is confirmed when they contain a {@code HOLIDAY} dated in it. */
    public HolidaySchedule(Collection<CalendarEntry> official, HolidayProposalRules rules) {
        this(official, null, rules);
    }

    /**
     * Official entries with the years an administrator confirmed (their Lunar New Year block set), as the
     * application stores them: a year with a few entries added ahead of the announcement still uses the
     * proposal for everything else.
     */
    public HolidaySchedule(
            Collection<CalendarEntry> official, Set<Integer> confirmedYears, HolidayProposalRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        for (CalendarEntry entry : official) {
            if (entry.proposed()) {
                throw new CalendarRuleException(
                        CalendarError.ENTRY_CONFLICT,
                        "official",
                        "a proposed entry cannot be used as official: " + entry);
            }
            CalendarEntry previous = byDate.put(entry.date(), entry);
            if (previous != null && previous.kind() != entry.kind()) {
                throw new CalendarRuleException(
                        CalendarError.ENTRY_CONFLICT, "official", "two entries of different kinds on " + entry.date());
            }
        }
        this.officialByYear = byDate.values().stream()
                .collect(Collectors.groupingBy(e -> e.date().getYear(), TreeMap::new, Collectors.toUnmodifiableList()));
        this.confirmedYears = confirmedYears != null
                ? Set.copyOf(confirmedYears)
                : officialByYear.entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(x -> x.kind() == CalendarEntryKind.HOLIDAY))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Proposals only, under the default rules: what a fresh installation starts with. */
    public static HolidaySchedule proposalsOnly() {
        return new HolidaySchedule(List.of(), HolidayProposalRules.DEFAULT);
    }

    public static HolidaySchedule withOfficial(Collection<CalendarEntry> official) {
        return new HolidaySchedule(official, HolidayProposalRules.DEFAULT);
    }

    public boolean isConfirmed(int year) {
        return confirmedYears.contains(year);
    }

    /** The entries in force for a year 1900..2199, sorted by date. */
    public List<CalendarEntry> entries(int year) {
        List<CalendarEntry> official = officialByYear.getOrDefault(year, List.of());
        if (isConfirmed(year)) {
            return official;
        }
        Map<LocalDate, CalendarEntry> merged = new TreeMap<>();
        StatutoryHolidays.proposed(year, rules).forEach(e -> merged.put(e.date(), e));
        official.forEach(e -> merged.put(e.date(), e));
        return List.copyOf(merged.values());
    }
}
