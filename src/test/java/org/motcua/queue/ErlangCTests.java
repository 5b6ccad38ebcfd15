package org.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Erlang C against textbook values and against the closed formula computed here independently (with
 * factorials, which the implementation avoids).
 *
 * <p>Sources of the values: the M/M/c probability of waiting C(c, A) = [A^c/c!·c/(c−A)] / [Σ_{k<c} A^k/k! +
 * A^c/c!·c/(c−A)] and P(wait > t) = C·e^{−(c−A)μt} as in D. Gross, J. F. Shortle, J. M. Thompson, C. M.
 * Harris, <i>Fundamentals of Queueing Theory</i>, 4th ed., Wiley 2008, §2.3. A = 2, c = 3 gives exactly 4/9 by
 * hand: A³/3!·3/(3−2) = 4, Σ = 1 + 2 + 2 = 5. The values for A = 10 Erlangs (c = 11…15) are those of the
 * printed Erlang C tables, to four decimals. The worked call-centre example "360 calls per half hour, 4
 * minutes per call, 55 agents, 15 s target" (the step-by-step Erlang-C page widely reproduced on the web) has
 * A = 48 Erlangs, P(wait) = 0.2387 and 84.6 % answered within 15 s. Every value is also recomputed here
 * independently with the factorial formula.
 */
class ErlangCTests {

    @Test
    void twoErlangsOnThreeCountersWaitWithProbabilityFourNinths() {
        assertThat(ErlangC.probabilityOfWaiting(3, 2.0)).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @ParameterizedTest(name = "A = 10, c = {0}: P(wait) = {1}")
    @CsvSource({"11, 0.6821", "12, 0.4494", "13, 0.2853", "14, 0.1741", "15, 0.1020"})
    void tenErlangsMatchTheTable(int counters, double table) {
        assertThat(ErlangC.probabilityOfWaiting(counters, 10.0)).isCloseTo(table, within(0.0005));
        assertThat(ErlangC.probabilityOfWaiting(counters, 10.0)).isCloseTo(byFactorials(counters, 10.0), within(1e-12));
    }

    @Test
    void theWorkedCallCentreExampleOf48ErlangsOn55AgentsAnswers85PercentWithin15Seconds() {
        // 360 calls per half hour = 720 per hour; 4 minutes each; 15 s = 0.25 minute
        assertThat(ErlangC.probabilityOfWaiting(55, 48.0)).isCloseTo(0.2387, within(0.00005));
        double share = ErlangC.shareServedWithin(55, 720, 4, 0.25);
        assertThat(share).isCloseTo(0.846, within(0.0005));
        double expected = 1 - byFactorials(55, 48.0) * Math.exp(-(55 - 48.0) * 0.25 / 4);
        assertThat(share).isCloseTo(expected, within(1e-12));
    }

    @Test
    void tenErlangsOnElevenCountersServe39PercentWithinATenthOfTheServiceTime() {
        // from the table value by hand: 1 − 0.6821·e^{−(11−10)·(20 s / 180 s)} = 0.3896
        assertThat(ErlangC.shareServedWithin(11, 200, 3, 20.0 / 60)).isCloseTo(0.3896, within(0.0001));
    }

    @ParameterizedTest(name = "A = {1}, c = {0}")
    @CsvSource({"1, 0.5", "2, 1.2", "5, 3.7", "8, 7.9", "30, 25.0", "60, 50.5"})
    void theRecursionEqualsTheClosedFormula(int counters, double erlangs) {
        assertThat(ErlangC.probabilityOfWaiting(counters, erlangs))
                .isCloseTo(byFactorials(counters, erlangs), within(1e-10));
    }

    @Test
    void countersThatCannotKeepUpMakeEveryoneWait() {
        assertThat(ErlangC.probabilityOfWaiting(3, 3.0)).isEqualTo(1.0);
        assertThat(ErlangC.waitPercentile(2, 60, 3, 0.9)).isInfinite();
        assertThat(ErlangC.shareServedWithin(2, 60, 3, 10)).isZero();
    }

    @Test
    void theCountersNeededAreTheFewestThatMeetTheTarget() {
        // 20 visitors an hour, 9 minutes each: A = 3 Erlangs; 90 % within 10 minutes
        int needed = ErlangC.countersNeeded(20, 9, 10, 0.9);
        assertThat(ErlangC.shareServedWithin(needed, 20, 9, 10)).isGreaterThanOrEqualTo(0.9);
        assertThat(ErlangC.shareServedWithin(needed - 1, 20, 9, 10)).isLessThan(0.9);
        assertThat(needed).isEqualTo(5);
        // the 90th percentile wait with that many is within the target
        assertThat(ErlangC.waitPercentile(needed, 20, 9, 0.9)).isLessThanOrEqualTo(10.0);
        assertThat(ErlangC.countersNeeded(0, 9, 10, 0.9)).isZero();
    }

    /** C(c, A) from the closed formula with factorials (only for small c). */
    private static double byFactorials(int c, double a) {
        double sum = 0;
        double term = 1; // A^k / k!
        for (int k = 0; k < c; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double top = term * c / (c - a); // term is now A^c / c!
        return top / (sum + top);
    }
}
