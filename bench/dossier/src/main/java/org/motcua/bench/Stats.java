package org.motcua.bench;

import java.util.Arrays;

/** Latency percentiles from recorded samples (nanoseconds). */
final class Stats {

    private Stats() {}

    static String summary(long[] nanos, int count) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format(
                "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
