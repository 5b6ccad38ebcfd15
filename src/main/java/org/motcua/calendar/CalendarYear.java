package org.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The holiday schedule of one year as it applies.
 *
 * @param confirmed true when the year's Lunar New Year block is confirmed (announced schedule); false when
 *     the statutory proposal is used for it
 * @param lunarNewYear mùng 1 Tết, the first day of the first lunar month
 * @param entries the entries in force, in date order, each flagged proposed or confirmed
 */
public record CalendarYear(int year, boolean confirmed, LocalDate lunarNewYear, List<CalendarEntry> entries) {

    public CalendarYear {
        entries = List.copyOf(entries);
    }
}
