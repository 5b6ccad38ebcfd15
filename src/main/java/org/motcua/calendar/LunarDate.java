package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day of the Vietnamese lunar calendar (âm lịch, UTC+7), supported for solar dates
 * 1900-01-01..2199-12-31. Every instance denotes an existing day: the constructor rejects a month the
 * year does not have (e.g. a leap month in a year without one) and a day 30 in a 29-day month.
 *
 * @param year lunar year (the year that starts with its Tết)
 * @param month 1..12
 * @param day 1..30
 * @param leapMonth true for the leap month (tháng nhuận), which repeats the number of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    /** First solar date this calendar converts. */
    public static final LocalDate MIN_SOLAR = LunarMonths.MIN_SOLAR;
    /** Last solar date this calendar converts. */
    public static final LocalDate MAX_SOLAR = LunarMonths.MAX_SOLAR;

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30, was " + day);
        }
        LunarMonths months = LunarMonths.instance();
        int index = months.monthIndex(year, month, leapMonth);
        if (index < 0) {
            throw new IllegalArgumentException(
                    leapMonth
                            ? "Lunar year " + year + " has no leap month " + month + " (or is outside 1900-2199)"
                            : "Lunar year " + year + " is outside the supported range 1900-2199");
        }
        if (day > months.length(index)) {
            throw new IllegalArgumentException("Lunar month " + month + (leapMonth ? " (leap)" : "") + " of " + year
                    + " has " + months.length(index) + " days, not " + day);
        }
        long epochDay = months.startEpochDay(index) + day - 1L;
        if (epochDay < MIN_SOLAR.toEpochDay() || epochDay > MAX_SOLAR.toEpochDay()) {
            throw new IllegalArgumentException("Lunar date " + day + "/" + month + "/" + year
                    + " falls outside the supported solar range " + MIN_SOLAR + ".." + MAX_SOLAR);
        }
    }

    /** The lunar date of a solar date in 1900-01-01..2199-12-31. */
    public static LunarDate of(LocalDate solar) {
        Objects.requireNonNull(solar, "solar");
        if (solar.isBefore(MIN_SOLAR) || solar.isAfter(MAX_SOLAR)) {
            throw new IllegalArgumentException(
                    "Solar date " + solar + " is outside the supported range " + MIN_SOLAR + ".." + MAX_SOLAR);
        }
        LunarMonths months = LunarMonths.instance();
        long epochDay = solar.toEpochDay();
        int index = months.monthIndexOf(epochDay);
        return new LunarDate(
                months.year(index),
                months.month(index),
                (int) (epochDay - months.startEpochDay(index)) + 1,
                months.leap(index));
    }

    /** The solar (Gregorian) date of this lunar date. */
    public LocalDate toSolar() {
        LunarMonths months = LunarMonths.instance();
        return LocalDate.ofEpochDay(months.startEpochDay(months.monthIndex(year, month, leapMonth)) + day - 1L);
    }

    /** Number of days (29 or 30) of this date's lunar month. */
    public int lengthOfMonth() {
        LunarMonths months = LunarMonths.instance();
        return months.length(months.monthIndex(year, month, leapMonth));
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
