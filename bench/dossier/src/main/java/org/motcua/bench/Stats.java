package org.motcua.bench;

import java.util.Arrays;

/** Latency percentiles from recorded samples (nanoseconds). */
final class Stats {

    private Stats() {}

    static String summary(long[] nanos) {
        if (nanos.length == 0) {
            return "n 0";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "n %6d  p50 %6.1f  p90 %6.1f  p99 %6.1f  max %7.1f ms",
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    static double p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(sorted, 0.99);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))] / 1e6;
    }
}
