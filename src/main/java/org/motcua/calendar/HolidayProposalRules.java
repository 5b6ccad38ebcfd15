package org.motcua.calendar;

/**
 * The two choices the law leaves to the Prime Minister each year (Labour Code 2019 art. 112.3), fixed
 * here so that a year without an announced schedule still gets a reasonable proposal.
 *
 * @param tetDaysBeforeNewYear how many of the five Tết days fall before mùng 1 (0..5). Default 1: the
 *     last day of the lunar year plus mùng 1-4, as announced for 2019, 2022 and 2026. (2020, 2021, 2023,
 *     2024 and 2025 were announced with 2 days before and 3 after.)
 * @param nationalDayExtraDay which day next to 2 September is the second National Day holiday. Default
 *     {@link AdjacentDay#BEFORE} (1 September), as announced for 2022, 2023, 2025 and 2026 (2021 and 2024
 *     took 3 September).
 */
public record HolidayProposalRules(int tetDaysBeforeNewYear, AdjacentDay nationalDayExtraDay) {

    public static final HolidayProposalRules DEFAULT = new HolidayProposalRules(1, AdjacentDay.BEFORE);

    public HolidayProposalRules {
        if (tetDaysBeforeNewYear < 0 || tetDaysBeforeNewYear > StatutoryHolidays.TET_DAYS) {
            throw new IllegalArgumentException("tetDaysBeforeNewYear must be 0..5, was " + tetDaysBeforeNewYear);
        }
        if (nationalDayExtraDay == null) {
            throw new IllegalArgumentException("nationalDayExtraDay is required");
        }
    }

    /** "Ngày liền kề trước hoặc sau" (the day right before or after 2 September). */
    public enum AdjacentDay {
        BEFORE,
        AFTER
    }
}
