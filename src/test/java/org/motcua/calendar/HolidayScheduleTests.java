package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HolidayScheduleTests {

    @Test
    void readsTheOfficialCsvSkippingCommentsAndHonouringQuotes() {
        assertThat(CalendarFixtures.OFFICIAL)
                .hasSize(117)
                .noneMatch(CalendarEntry::proposed)
                .allMatch(e -> Normalizer.isNormalized(e.name(), Normalizer.Form.NFC));
        assertThat(CalendarFixtures.OFFICIAL.getFirst()).satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 31));
            assertThat(e.kind()).isEqualTo(CalendarEntryKind.SWAPPED_DAY_OFF);
            assertThat(e.name()).isEqualTo("Tết Dương lịch 2019 (nghỉ hoán đổi, làm bù thứ Bảy 05/01/2019)");
            assertThat(e.legalNote()).contains("taichinhdientu.vn");
        });
    }

    @Test
    void parsesRfc4180EscapesLineBreaksAndCrlf() {
        String csv = "date,kind,name,source\r\n# comment, with \"quotes\"\r\n\r\n"
                + "2030-01-01,HOLIDAY,\"Tết \"\"Dương\"\" lịch, mới\",\"line one\nline two\"\r\n"
                + "2030-01-02,COMPENSATORY_DAY_OFF,Nghỉ bù,x\n";
        List<CalendarEntry> entries = OfficialHolidaysCsv.read(new StringReader(csv));
        assertThat(entries).extracting(CalendarEntry::name).containsExactly("Tết \"Dương\" lịch, mới", "Nghỉ bù");
        assertThat(entries.getFirst().legalNote()).isEqualTo("line one\nline two");
    }

    @Test
    void rejectsMalformedCsvWithTheLineNumber() {
        assertThatThrownBy(() ->
                        OfficialHolidaysCsv.read(new StringReader("date,kind,name,source\n2030-01-01,FEAST,x,y\n")))
                .isInstanceOfSatisfying(CalendarRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.csv_invalid");
                    assertThat(e.field()).isEqualTo("line 2");
                });
        assertThatThrownBy(() ->
                        OfficialHolidaysCsv.read(new StringReader("date,kind,name,source\n2030-01-01,HOLIDAY,\"x,y\n")))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.csv_invalid"));
        assertThatThrownBy(() -> OfficialHolidaysCsv.read(new StringReader("day,kind\n")))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.field()).isEqualTo("header"));
    }

    @Test
    void yearsWithAnnouncedHolidaysAreConfirmedAndUseOnlyTheOfficialEntries() {
        HolidaySchedule schedule = HolidaySchedule.withOfficial(CalendarFixtures.OFFICIAL);
        assertThat(IntStream.rangeClosed(2015, 2030).filter(schedule::isConfirmed))
                .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(schedule.entries(2026))
                .isEqualTo(CalendarFixtures.OFFICIAL.stream()
                        .filter(e -> e.date().getYear() == 2026)
                        .toList());
    }

    @Test
    void unconfirmedYearsUseTheProposalWithOfficialEntriesOfThatYearLaidOver() {
        HolidaySchedule schedule = HolidaySchedule.withOfficial(CalendarFixtures.OFFICIAL);
        assertThat(schedule.entries(2027)).isEqualTo(StatutoryHolidays.proposed(2027));
        assertThat(schedule.entries(2018)).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 31));
            assertThat(e.proposed()).isFalse();
        });
        assertThat(schedule.entries(2018)).filteredOn(CalendarEntry::proposed).isNotEmpty();
    }

    @Test
    void rejectsConflictingOrProposedOfficialEntries() {
        LocalDate day = LocalDate.of(2030, 5, 2);
        assertThatThrownBy(() -> HolidaySchedule.withOfficial(List.of(
                        CalendarEntry.official(day, CalendarEntryKind.HOLIDAY, "A", "x"),
                        CalendarEntry.official(day, CalendarEntryKind.SWAPPED_WORKDAY, "B", "x"))))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.entry_conflict"));
        assertThatThrownBy(() -> HolidaySchedule.withOfficial(StatutoryHolidays.proposed(2030)))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.entry_conflict"));
    }
}
