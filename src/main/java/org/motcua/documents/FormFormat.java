package org.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How forms write dates, times and money: "09 giờ 30 phút, ngày 05 tháng 3 năm 2026" (days 1–9 and
 * months 1–2 take a leading zero, as Decree 30/2020 writes dates in administrative documents) and
 * "1.250.000 đồng". Templates call it as {@code f}.
 */
public final class FormFormat {

    static final FormFormat INSTANCE = new FormFormat();

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormFormat() {}

    /** "ngày 05 tháng 3 năm 2026". */
    public String date(LocalDate date) {
        if (date == null) {
            return "ngày … tháng … năm …";
        }
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d"
                .formatted(date.getDayOfMonth(), month <= 2 ? "0" + month : String.valueOf(month), date.getYear());
    }

    /** "Hồng Lam, ngày 05 tháng 3 năm 2026" under the motto; without a place "Ngày 05 tháng 3 năm 2026". */
    public String placeAndDate(String place, LocalDate date) {
        String written = date(date);
        if (place == null || place.isBlank()) {
            return Character.toUpperCase(written.charAt(0)) + written.substring(1);
        }
        return place + ", " + written;
    }

    /** "09 giờ 30 phút, ngày 05 tháng 3 năm 2026". */
    public String dateTime(LocalDateTime at) {
        if (at == null) {
            return "… giờ … phút, ngày … tháng … năm …";
        }
        return "%02d giờ %02d phút, %s".formatted(at.getHour(), at.getMinute(), date(at.toLocalDate()));
    }

    /** "05/03/2026 09:30" for table cells; empty when absent. */
    public String shortDateTime(LocalDateTime at) {
        return at == null ? "" : SHORT.format(at);
    }

    /** "09:30" under the date in narrow table columns. */
    public String time(LocalDateTime at) {
        return at == null ? "" : "%02d:%02d".formatted(at.getHour(), at.getMinute());
    }

    public String shortDate(LocalDateTime at) {
        return at == null ? "" : shortDate(at.toLocalDate());
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "1.250.000 đồng"; "0 đồng" for free procedures. */
    public String money(Long amountVnd) {
        if (amountVnd == null) {
            return "";
        }
        return thousands(amountVnd) + " đồng";
    }

    static String thousands(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }
}
