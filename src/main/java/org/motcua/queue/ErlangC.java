package org.motcua.queue;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate λ, exponential service at rate μ per counter, c
 * counters sharing one first-come-first-served line, nobody leaving it. With the offered load A = λ/μ
 * (Erlangs) and c &gt; A:
 *
 * <ul>
 *   <li>P(wait &gt; 0) = C(c, A) = [A^c/c! · c/(c−A)] / [Σ_{k&lt;c} A^k/k! + A^c/c! · c/(c−A)]
 *   <li>P(wait &gt; t) = C(c, A) · e^{−(c−A)·μ·t}
 * </ul>
 *
 * Computed through the Erlang B recursion (B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)); C = c·B / (c − A·(1 −
 * B))), which stays exact for hundreds of counters where the factorials would overflow. Pure functions.
 */
public final class ErlangC {

    private ErlangC() {}

    /** The probability that a visitor waits at all; 1 when the counters cannot keep up (c ≤ A). */
    public static double probabilityOfWaiting(int counters, double erlangs) {
        if (erlangs < 0 || Double.isNaN(erlangs)) {
            throw new IllegalArgumentException("load must be ≥ 0: " + erlangs);
        }
        if (erlangs == 0) {
            return 0;
        }
        if (counters <= erlangs) {
            return 1;
        }
        double b = 1;
        for (int k = 1; k <= counters; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return counters * b / (counters - erlangs * (1 - b));
    }

    /** The share of visitors who wait no longer than {@code minutes}. */
    public static double shareServedWithin(
            int counters, double arrivalsPerHour, double serviceMinutes, double minutes) {
        double erlangs = arrivalsPerHour * serviceMinutes / 60.0;
        if (counters <= erlangs) {
            return 0;
        }
        double c = probabilityOfWaiting(counters, erlangs);
        double mu = 1.0 / serviceMinutes; // per minute
        return 1 - c * Math.exp(-(counters - erlangs) * mu * minutes);
    }

    /**
     * The wait in minutes that {@code share} of visitors do not exceed (the 90th percentile for 0.9); infinite
     * when the counters cannot keep up.
     */
    public static double waitPercentile(int counters, double arrivalsPerHour, double serviceMinutes, double share) {
        double erlangs = arrivalsPerHour * serviceMinutes / 60.0;
        if (counters <= erlangs) {
            return Double.POSITIVE_INFINITY;
        }
        double c = probabilityOfWaiting(counters, erlangs);
        if (c <= 1 - share) {
            return 0;
        }
        return Math.log(c / (1 - share)) / ((counters - erlangs) / serviceMinutes);
    }

    /**
     * The fewest counters for which {@code share} of visitors wait at most {@code targetMinutes}; 0 when no one
     * comes.
     */
    public static int countersNeeded(
            double arrivalsPerHour, double serviceMinutes, double targetMinutes, double share) {
        if (arrivalsPerHour <= 0 || serviceMinutes <= 0) {
            return 0;
        }
        double erlangs = arrivalsPerHour * serviceMinutes / 60.0;
        int c = Math.max(1, (int) Math.floor(erlangs) + 1);
        while (shareServedWithin(c, arrivalsPerHour, serviceMinutes, targetMinutes) < share) {
            c++;
        }
        return c;
    }
}
