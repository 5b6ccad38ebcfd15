package org.motcua.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Legal processing time of a procedure, as published.
 *
 * <p>{@link #workflowBudgetDays()} is the single place that says what the internal workflow
 * budgets (in working days) must add up to.
 */
public record ProcessingTime(BigDecimal amount, ProcessingTimeUnit unit) {

    private static final BigDecimal HOURS_PER_WORKING_DAY = BigDecimal.valueOf(8);
    private static final int[] MONTH_LENGTHS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    public ProcessingTime {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = Decimals.plain(amount); // 2 and 2.0 are the same time limit
    }

    /**
     * The sum, in working days, that the workflow step budgets must equal.
     *
     * <ul>
     *   <li>WORKING_DAYS: the amount itself.
     *   <li>WORKING_HOURS: amount / 8 (one working day has 8 working hours).
     *   <li>SAME_DAY: 0 — every step is done the day of receipt; the cut-off time decides which day.
     *   <li>CALENDAR_DAYS: the working days that <em>every</em> window of that many calendar days
     *       contains, weekends excluded (5 per full week plus the rest beyond a weekend). The plan
     *       then never overruns whatever weekday the dossier arrives; holidays are the calendar
     *       module's job when it computes the real due date.
     *   <li>MONTHS: as CALENDAR_DAYS over the shortest run of that many consecutive months.
     * </ul>
     *
     * @throws IllegalStateException for calendar units with a fractional amount
     */
    public BigDecimal workflowBudgetDays() {
        return switch (unit) {
            case WORKING_DAYS -> amount;
            case WORKING_HOURS -> amount.divide(HOURS_PER_WORKING_DAY, MathContext.DECIMAL64);
            case SAME_DAY -> BigDecimal.ZERO;
            case CALENDAR_DAYS -> BigDecimal.valueOf(guaranteedWorkingDays(wholeAmount()));
            case MONTHS -> BigDecimal.valueOf(guaranteedWorkingDays(shortestDaysIn(wholeAmount())));
        };
    }

    private int wholeAmount() {
        try {
            return amount.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException(unit + " needs a whole amount, got " + amount, e);
        }
    }

    static int guaranteedWorkingDays(int calendarDays) {
        // the worst window starts on a Saturday: its partial week loses up to two weekend days first
        return calendarDays / 7 * 5 + Math.max(0, calendarDays % 7 - 2);
    }

    static int shortestDaysIn(int months) {
        int shortest = Integer.MAX_VALUE;
        for (int start = 0; start < 12; start++) {
            int days = 0;
            for (int i = 0; i < months; i++) {
                days += MONTH_LENGTHS[(start + i) % 12];
            }
            shortest = Math.min(shortest, days);
        }
        return shortest;
    }
}
