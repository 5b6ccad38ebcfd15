package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.calendar.CalendarFixtures.ENGINE;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineEngineTests {

    // --- worked examples and the time-of-day rule --------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} + {2} {3} -> {4}")
    @CsvSource(textBlock = """
            # case,                          start,            amount, unit,          due
            Mon 09:00 + 3 days,              2026-03-09T09:00, 3,      WORKING_DAYS,  2026-03-12T09:00
            Fri 16:00 + 0.5 day,             2026-03-13T16:00, 0.5,    WORKING_DAYS,  2026-03-16T10:00
            online Sat 10:00 + 1 day,        2026-03-14T10:00, 1,      WORKING_DAYS,  2026-03-17T07:00
            07:00 + 1 day keeps 07:00,       2026-03-09T07:00, 1,      WORKING_DAYS,  2026-03-10T07:00
            13:30 + 1 day keeps 13:30,       2026-03-09T13:30, 1,      WORKING_DAYS,  2026-03-10T13:30
            11:29 + 1 day,                   2026-03-09T11:29, 1,      WORKING_DAYS,  2026-03-10T11:29
            16:59 + 1 day,                   2026-03-09T16:59, 1,      WORKING_DAYS,  2026-03-10T16:59
            evening start counts next day,   2026-03-09T18:00, 1,      WORKING_DAYS,  2026-03-11T07:00
            lunch start counts from 13:30,   2026-03-09T12:00, 0.25,   WORKING_DAYS,  2026-03-09T15:30
            11:30 counts from 13:30,         2026-03-09T11:30, 1,      WORKING_DAYS,  2026-03-10T13:30
            half day over lunch,             2026-03-09T09:00, 0.5,    WORKING_DAYS,  2026-03-09T15:00
            2.5 days,                        2026-03-09T09:00, 2.5,    WORKING_DAYS,  2026-03-11T15:00
            quarter day over the weekend,    2026-03-13T16:00, 0.25,   WORKING_DAYS,  2026-03-16T08:00
            zero days is the counting start, 2026-03-14T10:00, 0,      WORKING_DAYS,  2026-03-16T07:00
            2 hours over the evening,        2026-03-09T16:00, 2,      WORKING_HOURS, 2026-03-10T08:00
            1.5 hours over lunch,            2026-03-09T11:00, 1.5,    WORKING_HOURS, 2026-03-09T14:30
            4 hours ending at 11:30 shows 13:30, 2026-03-09T07:30, 4,  WORKING_HOURS, 2026-03-09T13:30
            """)
    void addsWorkingTimeOverTheSessions(
            String name, LocalDateTime start, BigDecimal amount, DeadlineUnit unit, LocalDateTime due) {
        assertThat(ENGINE.due(start, amount, unit).due()).isEqualTo(due);
    }

    @Test
    void wholeWorkingDaysKeepTheTimeOfDayOfEveryStartInsideASession() {
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            LocalDateTime start = LocalDate.of(2019, 1, 1)
                    .plusDays(random.nextInt(4000))
                    .atTime(random.nextInt(24), random.nextInt(60));
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(121), 0).divide(BigDecimal.valueOf(4));
            Deadline deadline = ENGINE.due(start, amount, DeadlineUnit.WORKING_DAYS);
            LocalDateTime counted = ENGINE.countingStart(start);
            long budget = amount.multiply(BigDecimal.valueOf(480)).longValueExact();
            assertThat(ENGINE.workingTimeBetween(counted, deadline.due()).minutes())
                    .as("%s + %s", start, amount)
                    .isEqualTo(budget);
            if (amount.stripTrailingZeros().scale() <= 0) {
                assertThat(deadline.due().toLocalTime())
                        .as("%s + %s", start, amount)
                        .isEqualTo(counted.toLocalTime());
            }
        }
    }

    // --- weekends, holidays, swaps ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Tết 2026,                                   2026-02-13T09:00, 1, 2026-02-23T09:00
            Hùng Kings on Sunday + compensatory Monday, 2026-04-24T09:00, 1, 2026-04-28T09:00
            30/4-1/5 2026,                              2026-04-29T10:00, 1, 2026-05-04T10:00
            swapped Saturday 22/08/2026 is worked,      2026-08-21T09:00, 1, 2026-08-22T09:00
            National Day 2026 with swapped 31/08,       2026-08-28T09:00, 1, 2026-09-03T09:00
            year boundary with swapped 02/01/2026,      2025-12-31T09:00, 2, 2026-01-06T09:00
            swapped Saturday 10/01/2026 is worked,      2026-01-09T09:00, 1, 2026-01-10T09:00
            compensatory days 02-03/05/2023,            2023-04-28T09:00, 1, 2023-05-04T09:00
            Tết 2020 with compensatory days,            2020-01-22T09:00, 1, 2020-01-30T09:00
            """)
    void skipsNonWorkingDaysAndCountsSwappedWorkdays(
            String name, LocalDateTime start, BigDecimal days, LocalDateTime due) {
        assertThat(ENGINE.due(start, days, DeadlineUnit.WORKING_DAYS).due()).isEqualTo(due);
    }

    @Test
    void explainsSkippedDaysCompactlyWithHolidayNames() {
        Deadline deadline =
                ENGINE.due(LocalDateTime.parse("2026-02-13T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS);
        assertThat(deadline.explanationVi())
                .containsExactly(
                        "Thời hạn 1 ngày làm việc = 8 giờ làm việc (1 ngày = 8 giờ)",
                        "Bỏ qua 14/02–15/02/2026 (nghỉ hằng tuần)",
                        "Bỏ qua 16/02–20/02/2026 (Tết Nguyên đán)",
                        "Bỏ qua 21/02–22/02/2026 (nghỉ hằng tuần)");
        assertThat(deadline.explanationEn())
                .containsExactly(
                        "Time limit 1 working day = 8 hours of working time (1 day = 8 hours)",
                        "Skipped 14/02–15/02/2026 (weekly rest days)",
                        "Skipped 16/02–20/02/2026 (public holiday: Tết Nguyên đán)",
                        "Skipped 21/02–22/02/2026 (weekly rest days)");
        assertThat(deadline.usesProposedSchedule()).isFalse();
        assertThat(deadline.explanationVi()).allMatch(line -> Normalizer.isNormalized(line, Normalizer.Form.NFC));
    }

    @Test
    void explainsSwappedDaysAndTheNationalDayBlock() {
        assertThat(ENGINE.due(LocalDateTime.parse("2026-08-28T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .explanationVi())
                .containsExactly(
                        "Thời hạn 1 ngày làm việc = 8 giờ làm việc (1 ngày = 8 giờ)",
                        "Bỏ qua 29/08–30/08/2026 (nghỉ hằng tuần)",
                        "Bỏ qua 31/08/2026 (Dịp Quốc khánh (nghỉ hoán đổi, làm bù thứ Bảy 22/8/2026))",
                        "Bỏ qua 01/09–02/09/2026 (Quốc khánh)");
        assertThat(ENGINE.due(LocalDateTime.parse("2026-08-21T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .explanation())
                .contains(new Explanation.SwappedWorkdayCounted(
                        LocalDate.of(2026, 8, 22), "Làm bù cho ngày nghỉ hoán đổi 31/8/2026"));
    }

    @Test
    void explainsAStartOutsideWorkingHours() {
        Deadline deadline =
                ENGINE.due(LocalDateTime.parse("2026-03-14T10:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS);
        assertThat(deadline.explanationVi())
                .containsExactly(
                        "Thời hạn 1 ngày làm việc = 8 giờ làm việc (1 ngày = 8 giờ)",
                        "Nhận lúc 10:00 14/03/2026 ngoài giờ làm việc: bắt đầu tính từ 07:00 16/03/2026",
                        "Bỏ qua 14/03–15/03/2026 (nghỉ hằng tuần)");
    }

    // --- years without an announced schedule --------------------------------------------------------

    @Test
    void usesAndFlagsTheProposedTetBlockInAYearWithoutAnnouncedHolidays() {
        Deadline deadline =
                ENGINE.due(LocalDateTime.parse("2027-02-04T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS);
        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2027-02-12T09:00"));
        assertThat(deadline.usesProposedSchedule()).isTrue();
        assertThat(deadline.explanationVi())
                .containsExactly(
                        "Thời hạn 1 ngày làm việc = 8 giờ làm việc (1 ngày = 8 giờ)",
                        "Bỏ qua 05/02–09/02/2027 (Tết Nguyên đán; lịch đề xuất, chưa xác nhận)",
                        "Bỏ qua 10/02–11/02/2027 (Nghỉ bù Tết Nguyên đán; lịch đề xuất, chưa xác nhận)",
                        "Năm 2027 chưa có lịch nghỉ lễ, Tết chính thức: dùng lịch đề xuất theo Bộ luật Lao động (chưa xác nhận)");
    }

    @Test
    void crossesFromAConfirmedYearIntoAProposedOne() {
        Deadline deadline =
                ENGINE.due(LocalDateTime.parse("2026-12-31T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS);
        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2027-01-04T09:00"));
        assertThat(deadline.explanation())
                .containsSubsequence(
                        new Explanation.DaysSkipped(
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 1, 1),
                                CalendarEntryKind.HOLIDAY,
                                "Tết Dương lịch",
                                true),
                        new Explanation.ProposedSchedule(2027));
        assertThat(deadline.explanation()).doesNotContain(new Explanation.ProposedSchedule(2026));
    }

    // --- same day, calendar days, months --------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            morning,                     2026-03-09T10:00, 15:00, 2026-03-09T17:00, false
            exactly at the cut-off,      2026-03-09T15:00, 15:00, 2026-03-09T17:00, false
            one minute after cut-off,    2026-03-09T15:01, 15:00, 2026-03-10T17:00, true
            Friday after cut-off,        2026-03-13T15:30, 15:00, 2026-03-16T17:00, true
            Saturday,                    2026-03-14T10:00, 15:00, 2026-03-16T17:00, false
            evening,                     2026-03-09T18:00, 15:00, 2026-03-10T17:00, false
            lunch break,                 2026-03-09T12:00, 15:00, 2026-03-09T17:00, false
            per-call cut-off 16:00,      2026-03-09T15:30, 16:00, 2026-03-09T17:00, false
            before Tết after cut-off,    2026-02-13T15:30, 15:00, 2026-02-23T17:00, true
            """)
    void sameDayIsDueAtTheEndOfTheWorkingDayOrOfTheNextOneAfterTheCutoff(
            String name, LocalDateTime start, LocalTime cutoff, LocalDateTime due, boolean cutoffPassed) {
        Deadline deadline = ENGINE.due(
                start, BigDecimal.ZERO, DeadlineUnit.SAME_DAY, DeadlineOptions.DEFAULT.withSameDayCutoff(cutoff));
        assertThat(deadline.due()).isEqualTo(due);
        assertThat(deadline.explanation().contains(new Explanation.CutoffPassed(cutoff)))
                .isEqualTo(cutoffPassed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            lands on a weekday,               2026-03-02T09:00, 4,  CALENDAR_DAYS, 2026-03-06T09:00
            lands on Saturday,                2026-03-02T09:00, 5,  CALENDAR_DAYS, 2026-03-09T09:00
            lands on 30/4,                    2026-04-20T09:00, 10, CALENDAR_DAYS, 2026-05-04T09:00
            counted from Monday 07:00,        2026-03-07T10:00, 3,  CALENDAR_DAYS, 2026-03-12T07:00
            31/01 + 1 month = 28/02 Saturday, 2026-01-30T09:00, 1,  MONTHS,        2026-03-02T09:00
            two months to Saturday 30/01/2027, 2026-11-30T09:00, 2, MONTHS,       2027-02-01T09:00
            """)
    void calendarUnitsMoveADueDateOnANonWorkingDayToTheNextWorkingDay(
            String name, LocalDateTime start, BigDecimal amount, DeadlineUnit unit, LocalDateTime due) {
        assertThat(ENGINE.due(start, amount, unit).due()).isEqualTo(due);
    }

    @Test
    void explainsTheMoveOfACalendarDayDeadline() {
        assertThat(ENGINE.due(LocalDateTime.parse("2026-04-20T09:00"), BigDecimal.TEN, DeadlineUnit.CALENDAR_DAYS)
                        .explanationVi())
                .containsExactly(
                        "Thời hạn 10 ngày (ngày lịch)",
                        "Bỏ qua 30/04/2026 (Ngày Chiến thắng)",
                        "Bỏ qua 01/05/2026 (Ngày Quốc tế Lao động)",
                        "Bỏ qua 02/05–03/05/2026 (nghỉ hằng tuần)",
                        "Hạn rơi vào ngày nghỉ 30/04/2026: chuyển sang ngày làm việc tiếp theo 04/05/2026");
    }

    // --- pauses -----------------------------------------------------------------------------------------

    static final LocalDateTime RECEIVED = LocalDateTime.parse("2026-03-02T09:00");
    static final Pause SUPPLEMENT =
            Pause.supplement(LocalDateTime.parse("2026-03-03T10:00"), LocalDateTime.parse("2026-03-06T14:00"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            RESTART,  2026-03-13T14:00
            EXTEND,   2026-03-12T11:00
            SUBTRACT, 2026-03-12T11:00
            """)
    void supplementPauseRestartsOrExtendsTheDeadline(PauseRule rule, LocalDateTime due) {
        Deadline deadline = ENGINE.due(
                RECEIVED,
                BigDecimal.valueOf(5),
                DeadlineUnit.WORKING_DAYS,
                DeadlineOptions.DEFAULT.withPauseRule(rule).withPauses(SUPPLEMENT));
        assertThat(deadline.due()).isEqualTo(due);
    }

    @Test
    void restartIsTheDefaultAndIsExplained() {
        Deadline deadline = ENGINE.due(
                RECEIVED,
                BigDecimal.valueOf(5),
                DeadlineUnit.WORKING_DAYS,
                DeadlineOptions.DEFAULT.withPauses(SUPPLEMENT));
        assertThat(deadline.explanationVi())
                .startsWith(
                        "Thời hạn 5 ngày làm việc = 40 giờ làm việc (1 ngày = 8 giờ)",
                        "Tính lại từ đầu từ 14:00 06/03/2026 (sau khi nhận đủ hồ sơ bổ sung)");
    }

    @Test
    void extendExplainsTheWorkingTimeNotCounted() {
        Deadline deadline = ENGINE.due(
                RECEIVED,
                BigDecimal.valueOf(5),
                DeadlineUnit.WORKING_DAYS,
                DeadlineOptions.DEFAULT.withPauseRule(PauseRule.EXTEND).withPauses(SUPPLEMENT));
        assertThat(deadline.explanationVi())
                .contains("Tạm dừng 10:00 03/03/2026 – 14:00 06/03/2026 (chờ bổ sung hồ sơ): không tính 3 ngày 2 giờ");
    }

    @Test
    void aPauseAfterTheDueTimeExtendsOnlyUnderSubtract() {
        Pause late = Pause.financialObligation(
                LocalDateTime.parse("2026-03-04T09:00"), LocalDateTime.parse("2026-03-05T09:00"));
        DeadlineOptions options = DeadlineOptions.DEFAULT.withPauses(late);
        Deadline extend = ENGINE.due(
                RECEIVED, BigDecimal.ONE, DeadlineUnit.WORKING_DAYS, options.withPauseRule(PauseRule.EXTEND));
        Deadline subtract = ENGINE.due(
                RECEIVED, BigDecimal.ONE, DeadlineUnit.WORKING_DAYS, options.withPauseRule(PauseRule.SUBTRACT));
        assertThat(extend.due()).isEqualTo(LocalDateTime.parse("2026-03-03T09:00"));
        assertThat(extend.explanation())
                .contains(new Explanation.PauseIgnored(late.from(), late.to(), PauseKind.FINANCIAL_OBLIGATION));
        assertThat(subtract.due()).isEqualTo(LocalDateTime.parse("2026-03-04T09:00"));
    }

    @Test
    void underRestartAFinancialPauseAfterTheSupplementExtends() {
        Pause fees = Pause.financialObligation(
                LocalDateTime.parse("2026-03-10T09:00"), LocalDateTime.parse("2026-03-11T09:00"));
        Deadline deadline = ENGINE.due(
                RECEIVED,
                BigDecimal.valueOf(5),
                DeadlineUnit.WORKING_DAYS,
                DeadlineOptions.DEFAULT.withPauses(fees, SUPPLEMENT));
        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-16T14:00"));
    }

    @Test
    void overlappingPausesCountEachMinuteOnce() {
        Pause a = Pause.supplement(LocalDateTime.parse("2026-03-03T07:00"), LocalDateTime.parse("2026-03-03T17:00"));
        Pause b = Pause.financialObligation(
                LocalDateTime.parse("2026-03-03T13:30"), LocalDateTime.parse("2026-03-04T11:30"));
        Deadline deadline = ENGINE.due(
                RECEIVED,
                BigDecimal.ONE,
                DeadlineUnit.WORKING_DAYS,
                DeadlineOptions.DEFAULT.withPauseRule(PauseRule.EXTEND).withPauses(b, a));
        // Not counted: 3/3 whole day (480) + 4/3 07:00-11:30 (270) = 750 min; due 3/3 09:00 + 750 min = 4/3 15:30.
        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-03-04T15:30"));
        assertThat(deadline.explanation())
                .filteredOn(Explanation.PauseApplied.class::isInstance)
                .extracting(
                        line -> ((Explanation.PauseApplied) line).notCounted().minutes())
                .containsExactly(480L, 270L);
    }

    // --- working time between ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1} = {3}")
    @CsvSource(textBlock = """
            2026-03-09T09:00, 2026-03-12T09:00, 1440, 3 ngày,         3 days
            2026-03-13T16:00, 2026-03-16T10:00, 240,  4 giờ,          4 hours
            2026-03-16T10:00, 2026-03-13T16:00, -240, -4 giờ,         -4 hours
            2026-03-09T11:00, 2026-03-09T14:00, 60,   1 giờ,          1 hour
            2026-03-09T09:00, 2026-03-10T14:00, 660,  1 ngày 3 giờ,   1 day 3 hours
            2026-03-09T09:00, 2026-03-09T09:45, 45,   45 phút,        45 minutes
            2026-03-14T09:00, 2026-03-15T09:00, 0,    0 phút,         0 minutes
            """)
    void measuresWorkingTimeBetweenTwoInstants(LocalDateTime a, LocalDateTime b, long minutes, String vi, String en) {
        WorkingDuration duration = ENGINE.workingTimeBetween(a, b);
        assertThat(duration.minutes()).isEqualTo(minutes);
        assertThat(duration.vi()).isEqualTo(vi);
        assertThat(duration.en()).isEqualTo(en);
    }

    // --- schedules ----------------------------------------------------------------------------------

    @Test
    void summerHoursApplyOnlyInTheirPeriod() {
        WeeklySessions summer =
                WeeklySessions.mondayToFriday(WorkingSession.of("07:00", "11:00"), WorkingSession.of("13:30", "17:30"));
        DeadlineEngine engine = new DeadlineEngine(
                WorkingSchedule.standardSchedule()
                        .withPeriod(new SchedulePeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30), summer)),
                HolidaySchedule.withOfficial(CalendarFixtures.OFFICIAL));
        assertThat(engine.due(LocalDateTime.parse("2026-06-01T11:15"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .due())
                .isEqualTo(LocalDateTime.parse("2026-06-02T13:30"));
        assertThat(engine.due(LocalDateTime.parse("2026-03-09T11:15"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .due())
                .isEqualTo(LocalDateTime.parse("2026-03-10T11:15"));
    }

    @Test
    void shorterDaysThanTheWorkingDayShiftTheTimeOfDay() {
        // 7-hour days with 1 day = 8 h: Mon 07:30 + 1 day = Mon 07:30-16:30 (7 h) + 1 h on Tuesday.
        WorkingSchedule schedule = WorkingSchedule.of(WeeklySessions.mondayToFriday(
                        WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:30", "16:30")))
                .withMinutesPerWorkingDay(480);
        DeadlineEngine engine = new DeadlineEngine(schedule, HolidaySchedule.withOfficial(CalendarFixtures.OFFICIAL));
        assertThat(engine.due(LocalDateTime.parse("2026-03-09T07:30"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .due())
                .isEqualTo(LocalDateTime.parse("2026-03-10T08:30"));
    }

    // --- validation ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} from {2} -> {3}")
    @CsvSource(textBlock = """
            -1,     WORKING_DAYS,  2026-03-09T09:00, calendar.amount_out_of_range, amount
            3651,   WORKING_DAYS,  2026-03-09T09:00, calendar.amount_out_of_range, amount
            3651,   CALENDAR_DAYS, 2026-03-09T09:00, calendar.amount_out_of_range, amount
            29201,  WORKING_HOURS, 2026-03-09T09:00, calendar.amount_out_of_range, amount
            121,    MONTHS,        2026-03-09T09:00, calendar.amount_out_of_range, amount
            1,      SAME_DAY,      2026-03-09T09:00, calendar.amount_out_of_range, amount
            0.001,  WORKING_DAYS,  2026-03-09T09:00, calendar.amount_precision,    amount
            1.5,    CALENDAR_DAYS, 2026-03-09T09:00, calendar.amount_precision,    amount
            0.01,   WORKING_HOURS, 2026-03-09T09:00, calendar.amount_precision,    amount
            1,      WORKING_DAYS,  1899-12-31T09:00, calendar.start_out_of_range,  start
            1,      WORKING_DAYS,  2200-01-01T09:00, calendar.start_out_of_range,  start
            10,     WORKING_DAYS,  2199-12-29T09:00, calendar.due_out_of_range,    amount
            10,     CALENDAR_DAYS, 2199-12-29T09:00, calendar.due_out_of_range,    amount
            """)
    void rejectsAbsurdInputWithAStableCode(
            BigDecimal amount, DeadlineUnit unit, LocalDateTime start, String code, String field) {
        assertThatThrownBy(() -> ENGINE.due(start, amount, unit))
                .isInstanceOfSatisfying(CalendarRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void rejectsAMissingOrUnknownUnit() {
        assertThatThrownBy(() -> ENGINE.due(RECEIVED, BigDecimal.ONE, null))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.unknown_unit"));
        assertThatThrownBy(() -> DeadlineUnit.parse("WEEKS"))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.unknown_unit"));
        assertThat(DeadlineUnit.parse("DAYS")).isEqualTo(DeadlineUnit.CALENDAR_DAYS);
        assertThat(DeadlineUnit.parse("working_days")).isEqualTo(DeadlineUnit.WORKING_DAYS);
    }

    @Test
    void rejectsAPauseThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> Pause.supplement(RECEIVED, RECEIVED))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.pause_invalid"));
    }

    @Test
    void acceptsTheWholeSupportedRange() {
        assertThat(ENGINE.due(LocalDateTime.parse("1900-01-01T00:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .due())
                .isEqualTo(LocalDateTime.parse("1900-01-03T07:00")); // 01/01/1900 is a holiday
        assertThat(ENGINE.due(LocalDateTime.parse("2199-12-30T09:00"), BigDecimal.ONE, DeadlineUnit.WORKING_DAYS)
                        .due())
                .isEqualTo(LocalDateTime.parse("2199-12-31T09:00"));
    }
}
