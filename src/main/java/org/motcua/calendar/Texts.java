package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Formats dates, times and numbers the way Vietnamese documents print them (also used for English). */
final class Texts {

    private Texts() {}

    /** 16/02/2026 */
    static String date(LocalDate d) {
        return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
    }

    /** 16/02/2026, 16/02–20/02/2026 or 31/12/2026–02/01/2027. */
    static String dateRange(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        String start = from.getYear() == to.getYear()
                ? two(from.getDayOfMonth()) + "/" + two(from.getMonthValue())
                : date(from);
        return start + "–" + date(to);
    }

    /** 09:00 */
    static String time(LocalTime t) {
        return two(t.getHour()) + ":" + two(t.getMinute());
    }

    /** 09:00 16/02/2026 */
    static String dateTime(LocalDateTime t) {
        return time(t.toLocalTime()) + " " + date(t.toLocalDate());
    }

    /** 0,5 in Vietnamese. */
    static String numberVi(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String numberEn(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
