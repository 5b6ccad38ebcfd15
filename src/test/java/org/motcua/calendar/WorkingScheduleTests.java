package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingScheduleTests {

    @Test
    void standardScheduleIsMondayToFridayWithEightHourDays() {
        WorkingSchedule schedule = WorkingSchedule.standardSchedule();
        assertThat(schedule.minutesPerWorkingDay()).isEqualTo(480);
        assertThat(schedule.standard().sessions(DayOfWeek.MONDAY))
                .containsExactly(WorkingSession.of("07:00", "11:30"), WorkingSession.of("13:30", "17:00"));
        assertThat(schedule.standard().sessions(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(schedule.standard().workdaySessions())
                .isEqualTo(schedule.standard().sessions(DayOfWeek.MONDAY));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"11:30, 07:00", "07:00, 07:00"})
    void rejectsASessionThatDoesNotEndAfterItStarts(String start, String end) {
        assertThatThrownBy(() -> WorkingSession.of(start, end))
                .isInstanceOfSatisfying(CalendarRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.session_end_not_after_start");
                    assertThat(e.field()).isEqualTo("end");
                });
    }

    @Test
    void rejectsOverlappingSessionsButAcceptsTouchingOnes() {
        assertThatThrownBy(() -> new WeeklySessions(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(WorkingSession.of("13:00", "17:00"), WorkingSession.of("07:00", "13:30")))))
                .isInstanceOfSatisfying(CalendarRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.session_overlap");
                    assertThat(e.field()).isEqualTo("sessions.MONDAY");
                });
        assertThat(WeeklySessions.mondayToFriday(
                                WorkingSession.of("07:00", "11:30"), WorkingSession.of("11:30", "12:00"))
                        .sessions(DayOfWeek.FRIDAY))
                .hasSize(2);
    }

    @Test
    void periodsReplaceTheStandardWeekOnTheirDatesAndMustNotOverlap() {
        WeeklySessions summer =
                WeeklySessions.mondayToFriday(WorkingSession.of("07:00", "11:00"), WorkingSession.of("14:00", "18:00"));
        WorkingSchedule schedule = WorkingSchedule.standardSchedule()
                .withPeriod(new SchedulePeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30), summer));
        assertThat(schedule.weekOn(LocalDate.of(2026, 4, 30))).isEqualTo(WeeklySessions.standard());
        assertThat(schedule.weekOn(LocalDate.of(2026, 5, 1))).isEqualTo(summer);
        assertThat(schedule.weekOn(LocalDate.of(2026, 10, 1))).isEqualTo(WeeklySessions.standard());
        assertThatThrownBy(() -> schedule.withPeriod(
                        new SchedulePeriod(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), summer)))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.period_overlap"));
        assertThatThrownBy(() -> new SchedulePeriod(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 1), summer))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class, e -> assertThat(e.code()).isEqualTo("calendar.period_invalid"));
    }

    @Test
    void minutesPerWorkingDayIsConfigurableWithinOneDay() {
        assertThat(WorkingSchedule.standardSchedule()
                        .withMinutesPerWorkingDay(450)
                        .minutesPerWorkingDay())
                .isEqualTo(450);
        assertThatThrownBy(() -> WorkingSchedule.standardSchedule().withMinutesPerWorkingDay(0))
                .isInstanceOfSatisfying(
                        CalendarRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("calendar.minutes_per_day_out_of_range"));
    }
}
