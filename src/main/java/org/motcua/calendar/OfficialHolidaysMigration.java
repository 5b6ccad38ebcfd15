package org.motcua.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 2.2: stores the announced holiday schedules of 2019-2026 ({@code
 * calendar/holidays-vn.csv}, sources in its {@code source} column) and marks those years confirmed. They are
 * law, not demo data, so every installation gets them (ADR 0002). It runs once per database: later edits
 * by administrators stay. Schedules announced later are added by later migrations for their own years.
 */
@Component
class OfficialHolidaysMigration implements JavaMigration {

    static final String RESOURCE = "/calendar/holidays-vn.csv";
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2026;

    private final Clock clock;

    OfficialHolidaysMigration(Clock clock) {
        this.clock = clock;
    }

    /** Reads the announced schedules shipped with the application. */
    static List<CalendarEntry> announced() {
        try (Reader reader = new InputStreamReader(
                OfficialHolidaysMigration.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
            return OfficialHolidaysCsv.read(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2.2");
    }

    @Override
    public String getDescription() {
        return "calendar official holidays 2019-2026";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        // 31/12/2018 was announced with the 2019 schedule (a swapped day off), hence the year before.
        List<CalendarEntry> entries = announced().stream()
                .filter(e -> e.date().getYear() >= FIRST_YEAR - 1 && e.date().getYear() <= LAST_YEAR)
                .toList();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into calendar.calendar_entry (day, kind, name, legal_note) values (?, ?, ?, ?)")) {
            for (CalendarEntry entry : entries) {
                insert.setObject(1, entry.date());
                insert.setString(2, entry.kind().name());
                insert.setString(3, entry.name());
                insert.setString(4, entry.legalNote());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement confirm = connection.prepareStatement(
                "insert into calendar.confirmed_year (year, confirmed_at, confirmed_by) values (?, ?, 'system')")) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                confirm.setInt(1, year);
                confirm.setTimestamp(2, now);
                confirm.addBatch();
            }
            confirm.executeBatch();
        }
        try (PreparedStatement audit = connection.prepareStatement("""
                insert into calendar.audit (at, actor, action, subject, before, after)
                values (?, 'system', 'OFFICIAL_SCHEDULES_LOADED', ?, null, null)""")) {
            audit.setTimestamp(1, now);
            audit.setString(2, entries.size() + " entries " + FIRST_YEAR + "-" + LAST_YEAR + " from " + RESOURCE);
            audit.executeUpdate();
        }
    }
}
