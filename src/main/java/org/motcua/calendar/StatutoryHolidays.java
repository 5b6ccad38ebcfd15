package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the statutory holidays of a year as a <em>proposal</em> ({@link CalendarEntry#proposed()} is
 * true) that an administrator confirms or replaces with the schedule the Government announces. Announced
 * schedules always win (see {@link HolidaySchedule}).
 *
 * <p>Rules (Labour Code 2019 art. 112.1, in force since 2021; art. 111.3 for compensatory days):
 * <ul>
 *   <li>1 January; 30 April; 1 May; Hùng Kings' day = 10th day of the (regular) 3rd lunar month;
 *   <li>Tết: 5 days, split around mùng 1 by {@link HolidayProposalRules#tetDaysBeforeNewYear()};
 *   <li>2 September plus one adjacent day, before or after by {@link HolidayProposalRules#nationalDayExtraDay()}.
 *       Before 2021 the Labour Code 2012 (art. 115) gave 2 September only; that is the only older rule
 *       modelled (earlier history, e.g. 4 Tết days or no Hùng Kings' day before 2007, is not);
 *   <li>a holiday on a Saturday or Sunday gives the next working day off (nghỉ bù); for a Tết day that is
 *       the first working day after the Tết block, so compensatory days follow the block in date order.
 * </ul>
 * Swaps (hoán đổi / làm bù) are decided case by case and never proposed. Two holidays on the same date
 * (possible only for Hùng Kings' day in some leap years) give a single day off with both names.
 */
public final class StatutoryHolidays {

    /** Days of Tết Nguyên đán (Labour Code 2019 art. 112.1.b). */
    static final int TET_DAYS = 5;

    /** Weekly rest days of state agencies (cán bộ, công chức, viên chức). */
    private static final Set<DayOfWeek> WEEKLY_REST = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** First year of the Labour Code 2019 holiday list (two National Day holidays). */
    private static final int LABOUR_CODE_2019_FROM = 2021;

    private static final String LC_2019 = "Bộ luật Lao động 2019, Điều 112 khoản 1 ";
    private static final String LC_2012 = "Bộ luật Lao động 2012, Điều 115 khoản 1 ";

    private StatutoryHolidays() {}

    /** The proposal for a year 1900..2199 under {@link HolidayProposalRules#DEFAULT}. */
    public static List<CalendarEntry> proposed(int year) {
        return proposed(year, HolidayProposalRules.DEFAULT);
    }

    /** The proposal for a year 1900..2199, sorted by date. */
    public static List<CalendarEntry> proposed(int year, HolidayProposalRules rules) {
        if (year < LunarDate.MIN_SOLAR.getYear() || year > LunarDate.MAX_SOLAR.getYear()) {
            throw new IllegalArgumentException("Year " + year + " is outside the supported range 1900-2199");
        }
        boolean lc2019 = year >= LABOUR_CODE_2019_FROM;
        String law = lc2019 ? LC_2019 : LC_2012;
        String compensatoryNote =
                lc2019 ? "Bộ luật Lao động 2019, Điều 111 khoản 3" : "Bộ luật Lao động 2012, Điều 115 khoản 3";
        Map<LocalDate, CalendarEntry> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch", law + "điểm a");
        LocalDate newYear = new LunarDate(year, 1, 1, false).toSolar();
        for (int i = -rules.tetDaysBeforeNewYear(); i < TET_DAYS - rules.tetDaysBeforeNewYear(); i++) {
            add(holidays, newYear.plusDays(i), "Tết Nguyên đán", law + "điểm b (ngày cụ thể do Thủ tướng quyết định)");
        }
        add(holidays, new LunarDate(year, 3, 10, false).toSolar(), "Giỗ Tổ Hùng Vương", law + "điểm e (10/3 âm lịch)");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng", law + "điểm c");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", law + "điểm d");
        LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
        add(holidays, nationalDay, "Quốc khánh", law + "điểm đ");
        if (lc2019) {
            LocalDate extra = rules.nationalDayExtraDay() == HolidayProposalRules.AdjacentDay.BEFORE
                    ? nationalDay.minusDays(1)
                    : nationalDay.plusDays(1);
            add(holidays, extra, "Quốc khánh", law + "điểm đ (ngày liền kề, do Thủ tướng quyết định)");
        }

        List<CalendarEntry> result = new ArrayList<>(holidays.values());
        Map<LocalDate, CalendarEntry> compensatory = new TreeMap<>();
        for (CalendarEntry holiday : holidays.values()) {
            if (WEEKLY_REST.contains(holiday.date().getDayOfWeek())) {
                LocalDate day = holiday.date().plusDays(1);
                while (WEEKLY_REST.contains(day.getDayOfWeek())
                        || holidays.containsKey(day)
                        || compensatory.containsKey(day)) {
                    day = day.plusDays(1);
                }
                compensatory.put(
                        day,
                        new CalendarEntry(
                                day,
                                CalendarEntryKind.COMPENSATORY_DAY_OFF,
                                "Nghỉ bù " + holiday.name(),
                                compensatoryNote,
                                true));
            }
        }
        result.addAll(compensatory.values());
        result.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(result);
    }

    private static void add(Map<LocalDate, CalendarEntry> holidays, LocalDate date, String name, String note) {
        holidays.merge(
                date,
                new CalendarEntry(date, CalendarEntryKind.HOLIDAY, name, note, true),
                (a, b) -> new CalendarEntry(
                        date,
                        CalendarEntryKind.HOLIDAY,
                        a.name() + " và " + b.name(),
                        a.legalNote() + "; " + b.legalNote(),
                        true));
    }
}
