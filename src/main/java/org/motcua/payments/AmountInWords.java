package org.motcua.payments;

/**
 * An amount of đồng written out in Vietnamese, as a receipt states it ("Một trăm năm mươi nghìn đồng"):
 * groups of three digits with nghìn, triệu, tỷ; "linh" for a zero ten, "mốt", "tư", "lăm" after a ten.
 */
final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] UNITS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ", " tỷ tỷ"};

    private AmountInWords() {}

    static String of(long dong) {
        if (dong == 0) {
            return "Không đồng";
        }
        StringBuilder out = new StringBuilder();
        long rest = dong;
        int group = 0;
        java.util.List<String> parts = new java.util.ArrayList<>();
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three > 0) {
                String unit = UNITS[group];
                parts.add(0, hundreds(three, rest > 0) + unit);
            }
            group++;
        }
        out.append(String.join(" ", parts)).append(" đồng");
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** One group of three digits; {@code full}: a higher group precedes, so "không trăm" is said. */
    private static String hundreds(int n, boolean full) {
        int h = n / 100;
        int t = (n / 10) % 10;
        int u = n % 10;
        StringBuilder s = new StringBuilder();
        if (h > 0 || full) {
            s.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0) {
            if (u > 0) {
                if (s.length() > 0) {
                    s.append(" linh");
                }
                s.append(s.length() > 0 ? " " : "").append(DIGITS[u]);
            }
            return s.toString();
        }
        if (s.length() > 0) {
            s.append(' ');
        }
        s.append(t == 1 ? "mười" : DIGITS[t] + " mươi");
        if (u == 1 && t > 1) {
            s.append(" mốt");
        } else if (u == 4 && t > 1) {
            s.append(" tư");
        } else if (u == 5) {
            s.append(" lăm");
        } else if (u > 0) {
            s.append(' ').append(DIGITS[u]);
        }
        return s.toString();
    }
}
