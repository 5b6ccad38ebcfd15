package org.motcua.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.motcua.shared.Vnd;

/**
 * Figures written as Vietnamese reports write them: "1.081" (dot between thousands), "99,3%" (decimal
 * comma), "217,7 triệu đồng", "3,8 tỷ đồng", "+12,4% so với tuần trước".
 */
public final class VietnameseNumbers {

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VietnameseNumbers() {}

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        s.setMinusSign('-');
        return s;
    }

    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /** A decimal such as working days, with a decimal comma ("4,76"); "–" when there is none. */
    public static String decimal(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }

    /** A rate from 0 to 1 as a percentage with one decimal; "–" when there is none. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.0", SYMBOLS)
                        .format(rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP))
                + "%";
    }

    /** Money: whole đồng below a million, else millions or billions with one decimal. */
    public static String money(Vnd amount) {
        long dong = amount.dong();
        if (dong >= 1_000_000_000L) {
            return decimal(dong, 1_000_000_000L) + " tỷ đồng";
        }
        if (dong >= 1_000_000L) {
            return decimal(dong, 1_000_000L) + " triệu đồng";
        }
        return count(dong) + " đồng";
    }

    private static String decimal(long value, long unit) {
        BigDecimal v = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.0", SYMBOLS).format(v);
    }

    /** The relative change from {@code before} to {@code now}: "+12,4% so với tuần trước". */
    public static String change(long now, long before, String comparedWith) {
        if (before == 0) {
            return now == 0 ? "bằng " + comparedWith : "(" + comparedWith + ": 0)";
        }
        BigDecimal change =
                BigDecimal.valueOf(now - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
        if (change.signum() == 0) {
            return "bằng " + comparedWith;
        }
        return (change.signum() > 0 ? "+" : "") + percent(change) + " so với " + comparedWith;
    }

    /** The change of a rate in percentage points: "+0,4 điểm %". */
    public static String points(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "–";
        }
        BigDecimal diff = now.subtract(before).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        return (diff.signum() > 0 ? "+" : "") + new DecimalFormat("#,##0.0", SYMBOLS).format(diff) + " điểm %";
    }
}
