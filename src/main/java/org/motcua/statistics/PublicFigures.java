package org.motcua.statistics;

import java.math.BigDecimal;

/**
 * The figures anyone may read (open data): per month and competent agency, what was received, how much of
 * it online, what was resolved and how much of that on time. The schema is documented in
 * {@code docs/statistics.md} ("Open data").
 */
public record PublicFigures(
        int year,
        int month,
        String agencyCode,
        String agencyName,
        long received,
        long receivedOnline,
        long resolved,
        long resolvedOnTime,
        long resolvedLate,
        BigDecimal onTimeRate,
        BigDecimal onlineShare) {

    static PublicFigures of(int year, int month, String code, String name, Figures f) {
        return new PublicFigures(
                year,
                month,
                code,
                name,
                f.receivedNew(),
                f.receivedOnline(),
                f.resolvedTotal(),
                f.resolvedEarly() + f.resolvedOnTime(),
                f.resolvedLate(),
                f.onTimeRate(),
                f.onlineShare());
    }

    /** The CSV header, in the order of {@link #csv()}. */
    public static final String CSV_HEADER =
            "year,month,agency_code,agency_name,received,received_online,resolved,resolved_on_time,resolved_late,"
                    + "on_time_rate,online_share";

    public String csv() {
        return String.join(
                ",",
                Integer.toString(year),
                Integer.toString(month),
                quote(agencyCode),
                quote(agencyName),
                Long.toString(received),
                Long.toString(receivedOnline),
                Long.toString(resolved),
                Long.toString(resolvedOnTime),
                Long.toString(resolvedLate),
                onTimeRate == null ? "" : onTimeRate.toPlainString(),
                onlineShare == null ? "" : onlineShare.toPlainString());
    }

    private static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
