package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessingTimeTests {

    @ParameterizedTest(name = "{0} {1} → {2} working days of workflow budget")
    @CsvSource({
        "3, WORKING_DAYS, 3",
        "0.5, WORKING_DAYS, 0.5",
        "4, WORKING_HOURS, 0.5",
        "0, SAME_DAY, 0",
        // every window of N calendar days contains at least this many Monday–Friday days
        "7, CALENDAR_DAYS, 5",
        "10, CALENDAR_DAYS, 6",
        "14, CALENDAR_DAYS, 10",
        "15, CALENDAR_DAYS, 10",
        "20, CALENDAR_DAYS, 14",
        "45, CALENDAR_DAYS, 31",
        "105, CALENDAR_DAYS, 75",
        // the shortest month is February (28 days); the shortest three are Feb–Apr (89 days)
        "1, MONTHS, 20",
        "3, MONTHS, 63"
    })
    void workflowBudgetFollowsTheDocumentedRule(String amount, ProcessingTimeUnit unit, String expected) {
        assertThat(new ProcessingTime(new BigDecimal(amount), unit).workflowBudgetDays())
                .isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void guaranteedWorkingDaysMatchTheWorstStartingWeekday() {
        for (int days = 0; days <= 60; days++) {
            int worst = Integer.MAX_VALUE;
            for (int start = 0; start < 7; start++) { // 0 = Monday
                int working = 0;
                for (int d = 0; d < days; d++) {
                    working += (start + d) % 7 < 5 ? 1 : 0;
                }
                worst = Math.min(worst, working);
            }
            assertThat(ProcessingTime.guaranteedWorkingDays(days))
                    .as(days + " days")
                    .isEqualTo(worst);
        }
    }

    @Test
    void fractionalCalendarTimeHasNoWorkflowBudget() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        new ProcessingTime(new BigDecimal("1.5"), ProcessingTimeUnit.MONTHS).workflowBudgetDays());
    }

    @Test
    void equalTimesWithDifferentScalesAreEqual() {
        assertThat(new ProcessingTime(new BigDecimal("2.0"), ProcessingTimeUnit.WORKING_DAYS))
                .isEqualTo(new ProcessingTime(new BigDecimal("2"), ProcessingTimeUnit.WORKING_DAYS));
    }
}
