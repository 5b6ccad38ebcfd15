package org.motcua.calendar;

/**
 * A signed amount of working time, e.g. the time left before a due time or, negative, how late a dossier
 * is. Rendered in days of {@code minutesPerWorkingDay}, hours and minutes: "1 ngày 3 giờ".
 */
public record WorkingDuration(long minutes, int minutesPerWorkingDay) {

    public WorkingDuration {
        if (minutesPerWorkingDay < 1) {
            throw new IllegalArgumentException("minutesPerWorkingDay must be positive");
        }
    }

    public boolean isNegative() {
        return minutes < 0;
    }

    /** "1 ngày 3 giờ 15 phút", "-2 giờ", "0 phút". */
    public String vi() {
        return render("ngày", "ngày", "giờ", "giờ", "phút", "phút");
    }

    /** "1 day 3 hours 15 minutes", "-2 hours", "0 minutes". */
    public String en() {
        return render("day", "days", "hour", "hours", "minute", "minutes");
    }

    private String render(String day, String days, String hour, String hours, String minute, String minutesWord) {
        long total = Math.abs(minutes);
        long withinDay = total % minutesPerWorkingDay;
        long[] amounts = {total / minutesPerWorkingDay, withinDay / 60, withinDay % 60};
        String[][] words = {{day, days}, {hour, hours}, {minute, minutesWord}};
        java.util.StringJoiner text = new java.util.StringJoiner(" ", minutes < 0 ? "-" : "", "");
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                text.add(amounts[i] + " " + (amounts[i] == 1 ? words[i][0] : words[i][1]));
            }
        }
        return minutes == 0 ? "0 " + minutesWord : text.toString();
    }
}
