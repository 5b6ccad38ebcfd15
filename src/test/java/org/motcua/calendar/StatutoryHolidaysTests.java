package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.calendar.CalendarEntryKind.COMPENSATORY_DAY_OFF;
import static org.motcua.calendar.CalendarEntryKind.HOLIDAY;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryHolidaysTests {

    /**
     * With the two yearly choices as the Government announced them, the generator reproduces every official
     * HOLIDAY and COMPENSATORY_DAY_OFF of 2019-2026. Swaps are never generated.
     */
    @ParameterizedTest(name = "{0}: Tết {1} day(s) before mùng 1, National Day extra day {2}")
    @CsvSource(textBlock = """
            2019, 1, BEFORE
            2020, 2, BEFORE
            2021, 2, AFTER
            2022, 1, BEFORE
            2023, 2, BEFORE
            2024, 2, AFTER
            2025, 2, BEFORE
            2026, 1, BEFORE
            """)
    void reproducesTheOfficialHolidaysAndCompensatoryDaysOf2019To2026(
            int year, int tetDaysBefore, HolidayProposalRules.AdjacentDay extra) {
        List<CalendarEntry> proposed = StatutoryHolidays.proposed(year, new HolidayProposalRules(tetDaysBefore, extra));
        assertThat(daysOf(proposed, year)).isEqualTo(daysOf(CalendarFixtures.OFFICIAL, year));
    }

    /** Default rules: exact for 2019, 2022 and 2026; other years differ only in the documented choices. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2019, 2022, 2026})
    void defaultRulesReproduceTheYearsAnnouncedTheSameWay(int year) {
        assertThat(daysOf(StatutoryHolidays.proposed(year), year)).isEqualTo(daysOf(CalendarFixtures.OFFICIAL, year));
    }

    @Test
    void defaultTetBlockIsTheLastDayOfTheLunarYearPlusTheFirstFourDays() {
        // Tết 2027 is Saturday 06/02/2027: block 05/02-09/02, weekend days 06-07/02 give 10-11/02 off.
        assertThat(new LunarDate(2027, 1, 1, false).toSolar()).isEqualTo(LocalDate.of(2027, 2, 6));
        List<CalendarEntry> tet = StatutoryHolidays.proposed(2027).stream()
                .filter(e -> e.name().contains("Tết Nguyên đán"))
                .toList();
        assertThat(tet)
                .extracting(CalendarEntry::date, CalendarEntry::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 5), HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 6), HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 7), HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 8), HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 9), HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 10), COMPENSATORY_DAY_OFF),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 11), COMPENSATORY_DAY_OFF));
    }

    @Test
    void weekendHolidaysGiveTheNextFreeWorkingDaysOff() {
        // 2029: the extra National Day holiday is Saturday 01/09, 02/09 is a Sunday -> Monday 03/09 and Tuesday 04/09.
        assertThat(StatutoryHolidays.proposed(2029))
                .filteredOn(e -> e.date().getMonthValue() == 9)
                .extracting(CalendarEntry::date, CalendarEntry::kind, CalendarEntry::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 9, 1), HOLIDAY, "Quốc khánh"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 9, 2), HOLIDAY, "Quốc khánh"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2029, 9, 3), COMPENSATORY_DAY_OFF, "Nghỉ bù Quốc khánh"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2029, 9, 4), COMPENSATORY_DAY_OFF, "Nghỉ bù Quốc khánh"));
        // 01/01/2028 is a Saturday -> Monday 03/01/2028.
        assertThat(StatutoryHolidays.proposed(2028))
                .filteredOn(e -> e.name().equals("Nghỉ bù Tết Dương lịch"))
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2028, 1, 3));
    }

    @Test
    void everyYearOfTheRangeHasElevenHolidayDaysSinceTheLabourCode2019AndTenBefore() {
        IntStream.rangeClosed(1900, 2199).forEach(year -> {
            List<CalendarEntry> entries = StatutoryHolidays.proposed(year);
            assertThat(entries)
                    .allMatch(CalendarEntry::proposed)
                    .allMatch(e -> e.date().getYear() == year)
                    .isSortedAccordingTo(java.util.Comparator.comparing(CalendarEntry::date));
            long holidays = entries.stream().filter(e -> e.kind() == HOLIDAY).count();
            long merged =
                    entries.stream().filter(e -> e.name().contains(" và ")).count();
            assertThat(holidays + merged).as("holidays of %d", year).isEqualTo(year >= 2021 ? 11 : 10);
        });
    }

    @Test
    void entriesCarryNfcNamesAndTheirLegalBasis() {
        assertThat(StatutoryHolidays.proposed(2026)).allSatisfy(e -> {
            assertThat(Normalizer.isNormalized(e.name(), Normalizer.Form.NFC)).isTrue();
            assertThat(e.legalNote()).startsWith("Bộ luật Lao động 2019, Điều 11");
        });
        assertThat(StatutoryHolidays.proposed(2026))
                .filteredOn(e -> e.name().equals("Giỗ Tổ Hùng Vương"))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2026, 4, 26)));
    }

    @Test
    void rejectsYearsOutsideTheRange() {
        assertThatThrownBy(() -> StatutoryHolidays.proposed(1899)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatutoryHolidays.proposed(2200)).isInstanceOf(IllegalArgumentException.class);
    }

    /** "date kind" of the holidays and compensatory days dated in a year. */
    private static List<String> daysOf(List<CalendarEntry> entries, int year) {
        return entries.stream()
                .filter(e -> e.date().getYear() == year && (e.kind() == HOLIDAY || e.kind() == COMPENSATORY_DAY_OFF))
                .map(e -> e.date() + " " + e.kind())
                .sorted()
                .toList();
    }
}
