package org.motcua.calendar;

import java.util.List;

/** Shared test data: the official 2019-2026 schedules shipped in {@code calendar/holidays-vn.csv}. */
final class CalendarFixtures {

    static final List<CalendarEntry> OFFICIAL = OfficialHolidaysMigration.announced();

    /** Standard Mon-Fri 07:00-11:30, 13:30-17:00 hours with the official schedules; built once. */
    static final DeadlineEngine ENGINE =
            new DeadlineEngine(WorkingSchedule.standardSchedule(), HolidaySchedule.withOfficial(OFFICIAL));

    private CalendarFixtures() {}
}
