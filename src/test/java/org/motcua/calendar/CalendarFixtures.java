package org.motcua.calendar;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared test data: the official 2019-2026 schedules (src/main/resources/calendar/holidays-vn.csv). */
final class CalendarFixtures {

    static final List<CalendarEntry> OFFICIAL = readOfficial();

    /** Standard Mon-Fri 07:00-11:30, 13:30-17:00 hours with the official schedules; built once. */
    static final DeadlineEngine ENGINE =
            new DeadlineEngine(WorkingSchedule.standardSchedule(), HolidaySchedule.withOfficial(OFFICIAL));

    private CalendarFixtures() {}

    private static List<CalendarEntry> readOfficial() {
        try (Reader reader = new InputStreamReader(
                CalendarFixtures.class.getResourceAsStream("/calendar/holidays-vn.csv"), StandardCharsets.UTF_8)) {
            return OfficialHolidaysCsv.read(reader);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
