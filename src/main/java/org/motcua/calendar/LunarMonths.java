package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The Vietnamese lunar months covering 1900-01-01..2199-12-31, computed once (about 3,700 months) with
 * Ho Ngoc Duc's astronomical algorithm for time zone UTC+7: a month starts on the local day of a new
 * moon; month 11 is the month containing the winter solstice; in a year with 13 months the first month
 * without a major solar term (sun longitude crossing a multiple of 30 degrees) is the leap month and
 * repeats the number of the month before it. Using UTC+7 rather than China's UTC+8 is why Tết differs
 * from the Chinese New Year in some years (1968, 1985, 2007).
 *
 * <p>After construction every conversion is a binary search or an array lookup: no astronomy per call.
 */
final class LunarMonths {

    static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    static final LocalDate MAX_SOLAR = LocalDate.of(2199, 12, 31);

    /** Hours east of UTC of the calendar's meridian: UTC+7 for the Vietnamese calendar. */
    static final double VIETNAM = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day number of 1970-01-01: converts between LocalDate epoch days and Julian day numbers. */
    private static final int JDN_OF_EPOCH = 2440588;
    /** Solar years whose month 11 starts a block [a11(y), a11(y + 1)): covers lunar 1898/11 .. 2200/10. */
    private static final int FIRST_BLOCK_YEAR = 1898;

    private static final int LAST_BLOCK_YEAR = 2199;

    private static final LunarMonths INSTANCE = new LunarMonths(VIETNAM);

    private final double timeZone;

    /** Epoch day of the first day of each month, in order, plus one sentinel: the start of the next month. */
    private final int[] start;

    private final int[] year;
    private final int[] month;
    private final boolean[] leap;
    /** Index into the arrays above of month 1 of lunar year {@code y}, at {@code y - FIRST_BLOCK_YEAR}. */
    private final int[] firstMonthOfYear;

    /** Computes the months for a time zone; only tests use another zone than {@link #VIETNAM}. */
    LunarMonths(double timeZone) {
        this.timeZone = timeZone;
        int capacity = (LAST_BLOCK_YEAR - FIRST_BLOCK_YEAR + 1) * 13 + 1;
        int[] s = new int[capacity];
        int[] y = new int[capacity];
        int[] m = new int[capacity];
        boolean[] l = new boolean[capacity];
        int[] first = new int[LAST_BLOCK_YEAR - FIRST_BLOCK_YEAR + 2];
        Arrays.fill(first, -1);
        int n = 0;
        int a11 = lunarMonth11(FIRST_BLOCK_YEAR);
        for (int solarYear = FIRST_BLOCK_YEAR; solarYear <= LAST_BLOCK_YEAR; solarYear++) {
            int b11 = lunarMonth11(solarYear + 1);
            int k = (int) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
            boolean leapYear = b11 - a11 > 365;
            int leapOffset = leapYear ? leapMonthOffset(k) : Integer.MAX_VALUE;
            int months = leapYear ? 13 : 12;
            for (int offset = 0; offset < months; offset++) {
                int number = offset >= leapOffset ? offset + 10 : offset + 11;
                if (number > 12) {
                    number -= 12;
                }
                s[n] = newMoonDay(k + offset) - JDN_OF_EPOCH;
                // Months 11 and 12 right after the solstice month still belong to the old lunar year.
                y[n] = number >= 11 && offset < 4 ? solarYear : solarYear + 1;
                m[n] = number;
                l[n] = offset == leapOffset;
                if (number == 1 && !l[n]) {
                    first[y[n] - FIRST_BLOCK_YEAR] = n;
                }
                n++;
            }
            a11 = b11;
        }
        s[n] = a11 - JDN_OF_EPOCH;
        this.start = Arrays.copyOf(s, n + 1);
        this.year = Arrays.copyOf(y, n);
        this.month = Arrays.copyOf(m, n);
        this.leap = Arrays.copyOf(l, n);
        this.firstMonthOfYear = first;
    }

    static LunarMonths instance() {
        return INSTANCE;
    }

    /** Index of the month containing the given epoch day; the day must be covered. */
    int monthIndexOf(long epochDay) {
        int i = Arrays.binarySearch(start, (int) epochDay);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the given lunar month, or -1 if that lunar year has no such (leap) month. */
    int monthIndex(int lunarYear, int lunarMonth, boolean leapMonth) {
        int yearIndex = lunarYear - FIRST_BLOCK_YEAR;
        if (yearIndex < 0 || yearIndex >= firstMonthOfYear.length || firstMonthOfYear[yearIndex] < 0) {
            return -1;
        }
        // Month 1 is followed by months 2..12 of the same year with at most one leap month in between.
        for (int i = firstMonthOfYear[yearIndex]; i < year.length && year[i] == lunarYear; i++) {
            if (month[i] == lunarMonth && leap[i] == leapMonth) {
                return i;
            }
        }
        return -1;
    }

    int startEpochDay(int index) {
        return start[index];
    }

    int length(int index) {
        return start[index + 1] - start[index];
    }

    int year(int index) {
        return year[index];
    }

    int month(int index) {
        return month[index];
    }

    boolean leap(int index) {
        return leap[index];
    }

    // --- Ho Ngoc Duc's algorithm (astronomical formulas from Jean Meeus), kept close to the original. ---

    /** Julian day (fractional) of the k-th new moon after 1900-01-01 (k = 0). */
    private static double newMoon(int k) {
        double t = k / 1236.85; // Julian centuries from 1900 January 0.5
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * StrictMath.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr); // mean new moon
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * StrictMath.sin(m * dr) + 0.0021 * StrictMath.sin(2 * dr * m);
        c1 = c1 - 0.4068 * StrictMath.sin(mpr * dr) + 0.0161 * StrictMath.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * StrictMath.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * StrictMath.sin(dr * 2 * f) - 0.0051 * StrictMath.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * StrictMath.sin(dr * (m - mpr)) + 0.0004 * StrictMath.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * StrictMath.sin(dr * (2 * f - m)) - 0.0006 * StrictMath.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * StrictMath.sin(dr * (2 * f - mpr)) + 0.0005 * StrictMath.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Sun's ecliptic longitude in radians, normalised to [0, 2 pi), at the given Julian day. */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UT
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * StrictMath.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * StrictMath.sin(dr * 2 * m) + 0.000290 * StrictMath.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** Fraction of the local day elapsed at the k-th new moon (0 = midnight); tests use it to find close calls. */
    double newMoonLocalDayFraction(int k) {
        double local = newMoon(k) + 0.5 + timeZone / 24;
        return local - Math.floor(local);
    }

    /** Lunation number k (new moons since 1900-01-01) of the month starting on the given epoch day. */
    static int lunation(long startEpochDay) {
        return (int) Math.floor((startEpochDay + JDN_OF_EPOCH - 2415021.076998695) / SYNODIC_MONTH + 0.5);
    }

    /** Local day (Julian day number) of the k-th new moon. */
    private int newMoonDay(int k) {
        return (int) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** Which 30-degree sector (0..11) the sun is in at local midnight starting the given day. */
    private int sunSector(int dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** Julian day number of the first day of lunar month 11 (the month of the winter solstice) of a year. */
    private int lunarMonth11(int solarYear) {
        int off = (int) (LocalDate.of(solarYear, 12, 31).toEpochDay() + JDN_OF_EPOCH - 2415021);
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        int nm = newMoonDay(k);
        if (sunSector(nm) >= 9) { // the solstice (270 degrees) is already past: month 11 started earlier
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset from month 11 (index k) of the first month that contains no major solar term. */
    private int leapMonthOffset(int k) {
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
