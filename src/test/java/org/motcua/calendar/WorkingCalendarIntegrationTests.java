package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The facade over the database-loaded calendar (each test uses its own dates or agency). */
@SpringBootTest
class WorkingCalendarIntegrationTests {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    static WeeklySessions weekdays(String... bounds) {
        WorkingSession[] sessions = new WorkingSession[bounds.length / 2];
        for (int i = 0; i < sessions.length; i++) {
            sessions[i] = WorkingSession.of(bounds[2 * i], bounds[2 * i + 1]);
        }
        return WeeklySessions.mondayToFriday(sessions);
    }

    int auditRows() {
        return jdbc.sql("select count(*) from calendar.audit")
                .query(Integer.class)
                .single();
    }

    @Test
    void servesTheOfficialSchedulesLoadedByTheMigration() {
        CalendarYear year = calendar.year(2026);

        assertThat(year.confirmed()).isTrue();
        assertThat(year.lunarNewYear()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(year.entries()).noneMatch(CalendarEntry::proposed);
        assertThat(year.entries())
                .filteredOn(e -> e.name().equals("Tết Nguyên đán"))
                .extracting(CalendarEntry::date)
                .contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20));
        for (int y = OfficialHolidaysMigration.FIRST_YEAR; y <= OfficialHolidaysMigration.LAST_YEAR; y++) {
            int announced = y;
            assertThat(calendar.year(y).entries())
                    .as("year %d as announced", y)
                    .containsExactlyElementsOf(CalendarFixtures.OFFICIAL.stream()
                            .filter(e -> e.date().getYear() == announced)
                            .toList());
        }
        assertThat(calendar.year(2031).confirmed()).isFalse();
        assertThat(calendar.year(2031).entries()).allMatch(CalendarEntry::proposed);
    }

    @Test
    void computesTheWorkedExamplesOfTheDomainWithTheStoredHours() {
        assertThat(calendar.due(at("2026-03-02T09:00"), BigDecimal.valueOf(3), DeadlineUnit.WORKING_DAYS, null, null)
                        .due())
                .isEqualTo(at("2026-03-05T09:00"));
        assertThat(calendar.due(at("2026-03-06T16:00"), new BigDecimal("0.5"), DeadlineUnit.WORKING_DAYS, null, null)
                        .due())
                .isEqualTo(at("2026-03-09T10:00"));
        assertThat(calendar.due(at("2026-03-07T10:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS, null, null)
                        .due())
                .isEqualTo(at("2026-03-10T07:00"));
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void anAdministratorsHolidayMovesTheDueTimeAndIsAudited() {
        LocalDateTime start = at("2026-10-05T09:00");
        assertThat(calendar.due(start, BigDecimal.valueOf(3), DeadlineUnit.WORKING_DAYS, null, null)
                        .due())
                .isEqualTo(at("2026-10-08T09:00"));

        calendar.saveEntry(
                LocalDate.of(2026, 10, 7), CalendarEntryKind.HOLIDAY, "Ngày lễ của tỉnh", "Quyết định 12/QĐ-UBND");

        Deadline deadline = calendar.due(start, BigDecimal.valueOf(3), DeadlineUnit.WORKING_DAYS, null, null);
        assertThat(deadline.due()).isEqualTo(at("2026-10-09T09:00"));
        assertThat(deadline.explanationVi()).contains("Bỏ qua 07/10/2026 (Ngày lễ của tỉnh)");
        assertThat(jdbc.sql(
                                "select actor || ' ' || action || ' ' || subject || ' ' || (after ->> 'kind') from calendar.audit where subject = 'entry 2026-10-07'")
                        .query(String.class)
                        .single())
                .isEqualTo("quantri ENTRY_ADDED entry 2026-10-07 HOLIDAY");

        calendar.removeEntry(LocalDate.of(2026, 10, 7));
        assertThat(calendar.due(start, BigDecimal.valueOf(3), DeadlineUnit.WORKING_DAYS, null, null)
                        .due())
                .isEqualTo(at("2026-10-08T09:00"));
        assertThat(jdbc.sql(
                                "select before ->> 'name' from calendar.audit where action = 'ENTRY_REMOVED' and subject = 'entry 2026-10-07'")
                        .query(String.class)
                        .single())
                .isEqualTo("Ngày lễ của tỉnh");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void anAgencyWithItsOwnHoursCountsOnThemWhileOthersKeepTheProvincesHours() {
        UUID agency = UUID.randomUUID();
        calendar.saveStandardWeek(agency, weekdays("08:00", "12:00", "13:00", "17:00"));

        // Mon 16:00 + 2 working hours: 17:00 at the province is the next morning 07:00 + 1 h ...
        assertThat(calendar.due(at("2026-03-02T16:00"), BigDecimal.valueOf(2), DeadlineUnit.WORKING_HOURS, null, null)
                        .due())
                .isEqualTo(at("2026-03-03T08:00"));
        // ... and 09:00 at the agency, whose day starts at 08:00.
        assertThat(calendar.due(at("2026-03-02T16:00"), BigDecimal.valueOf(2), DeadlineUnit.WORKING_HOURS, null, agency)
                        .due())
                .isEqualTo(at("2026-03-03T09:00"));
        assertThat(calendar.countingStart(at("2026-03-02T07:30"), agency)).isEqualTo(at("2026-03-02T08:00"));
        assertThat(calendar.hours(agency).overridden()).isTrue();
        assertThat(calendar.agenciesWithOwnHours()).contains(agency);

        calendar.removeAgencyHours(agency);
        assertThat(calendar.countingStart(at("2026-03-02T07:30"), agency)).isEqualTo(at("2026-03-02T07:30"));
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void summerHoursCopiedIntoANewPeriodApplyOnlyInsideIt() {
        UUID agency = UUID.randomUUID();
        WorkingWeek standard = calendar.saveStandardWeek(agency, weekdays("07:30", "11:30", "13:00", "17:00"));
        WorkingWeek summer =
                calendar.copyToNewPeriod(standard.id(), agency, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 30));
        calendar.savePeriod(
                summer.id(),
                agency,
                summer.validFrom(),
                summer.validTo(),
                weekdays("07:00", "11:00", "13:30", "17:30"));

        assertThat(calendar.countingStart(at("2027-06-01T06:50"), agency)).isEqualTo(at("2027-06-01T07:00"));
        assertThat(calendar.countingStart(at("2027-10-01T06:50"), agency)).isEqualTo(at("2027-10-01T07:30"));
        assertThat(calendar.hours(agency).weeks())
                .extracting(WorkingWeek::validFrom)
                .containsExactly(null, LocalDate.of(2027, 5, 1));
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void rejectsOverlappingPeriodsAndSessionsAndStoresNothing() {
        UUID agency = UUID.randomUUID();
        calendar.savePeriod(
                null, agency, LocalDate.of(2028, 6, 1), LocalDate.of(2028, 8, 31), weekdays("07:00", "11:00"));
        int audited = auditRows();

        assertThatThrownBy(() -> calendar.savePeriod(
                        null, agency, LocalDate.of(2028, 8, 1), LocalDate.of(2028, 9, 30), weekdays("07:00", "11:00")))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.period_overlap"));
        assertThatThrownBy(() -> new WeeklySessions(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(WorkingSession.of("07:00", "11:30"), WorkingSession.of("11:00", "12:00")))))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.field()).isEqualTo("sessions.MONDAY"));
        assertThatThrownBy(() -> calendar.removeWeek(
                        calendar.hours(null).weeks().getFirst().id()))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("calendar.standard_week_required"));

        assertThat(calendar.hours(agency).weeks()).hasSize(1);
        assertThat(calendar.hours(null).weeks()).isNotEmpty();
        assertThat(auditRows()).isEqualTo(audited);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void aYearWithoutConfirmedTetComputesWithTheProposalUntilAnAdministratorConfirmsIt() {
        // Tết 2029 (mùng 1 = 13/02/2029, a Tuesday): proposed 12/02-16/02.
        LocalDateTime start = at("2029-02-09T09:00");
        Deadline proposed = calendar.due(start, BigDecimal.ONE, DeadlineUnit.WORKING_DAYS, null, null);
        assertThat(proposed.due()).isEqualTo(at("2029-02-19T09:00"));
        assertThat(proposed.usesProposedSchedule()).isTrue();
        assertThat(proposed.explanationVi())
                .anyMatch(line -> line.contains("Năm 2029 chưa có lịch nghỉ lễ, Tết chính thức"));

        // The government announces 2 days before mùng 1: 11/02 (Sunday) - 15/02, with a compensatory day 16/02.
        List<CalendarEntry> added = calendar.confirmLunarNewYear(2029, 2);

        assertThat(added).noneMatch(CalendarEntry::proposed);
        CalendarYear year = calendar.year(2029);
        assertThat(year.confirmed()).isTrue();
        assertThat(year.entries()).noneMatch(CalendarEntry::proposed);
        Deadline confirmed = calendar.due(start, BigDecimal.ONE, DeadlineUnit.WORKING_DAYS, null, null);
        assertThat(confirmed.usesProposedSchedule()).isFalse();
        assertThat(confirmed.due()).isEqualTo(at("2029-02-19T09:00"));
        assertThat(confirmed.explanationVi())
                .contains("Bỏ qua 11/02–15/02/2029 (Tết Nguyên đán)", "Bỏ qua 16/02/2029 (Nghỉ bù Tết Nguyên đán)");
        assertThatThrownBy(() -> calendar.confirmLunarNewYear(2029, 1))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("calendar.year_already_confirmed"));
    }

    @Test
    void addsWorkingDaysBackwardsForWarningWindows() {
        assertThat(calendar.addWorkingDays(at("2026-03-05T09:00"), BigDecimal.ONE.negate(), null))
                .isEqualTo(at("2026-03-04T09:00"));
        // One working day before Monday 07:00 is the previous Friday 07:00, across the weekend.
        assertThat(calendar.addWorkingDays(at("2026-03-09T07:00"), BigDecimal.ONE.negate(), null))
                .isEqualTo(at("2026-03-06T07:00"));
        assertThat(calendar.addWorkingDays(at("2026-03-06T16:00"), new BigDecimal("0.5"), null))
                .isEqualTo(at("2026-03-09T10:00"));
        assertThatThrownBy(() -> calendar.addWorkingDays(at("2026-03-06T16:00"), new BigDecimal("0.0001"), null))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.amount_precision"));
    }

    @Test
    void tellsWorkingDaysAndWorkingTimeFromTheLoadedSchedule() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17), null)).isFalse(); // mùng 1 Tết
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10), null)).isTrue(); // làm bù (Saturday)
        assertThat(calendar.workingTimeBetween(at("2026-03-02T09:00"), at("2026-03-03T12:00"), null)
                        .vi())
                .isEqualTo("1 ngày 2 giờ 30 phút");
    }
}
