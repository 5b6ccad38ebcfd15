package org.motcua.calendar;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the {@code calendar} schema. */
@Repository
class CalendarStore {

    /** Advisory lock key shared by every calendar write ("calendar" in ASCII). */
    private static final long WRITE_LOCK = 0x63616c656e646172L;

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises calendar changes until the transaction ends. Changes are rare; with one writer at a time a
     * change is validated against the whole calendar as it will be stored (e.g. period overlaps).
     */
    void lockForChange() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(WRITE_LOCK).query().singleRow();
    }

    // --- entries -----------------------------------------------------------------------------------

    private static final RowMapper<CalendarEntry> ENTRY = (rs, n) -> CalendarEntry.official(
            rs.getObject("day", LocalDate.class),
            CalendarEntryKind.valueOf(rs.getString("kind")),
            rs.getString("name"),
            rs.getString("legal_note"));

    List<CalendarEntry> entries() {
        return jdbc.sql("select day, kind, name, legal_note from calendar.calendar_entry order by day")
                .query(ENTRY)
                .list();
    }

    Optional<CalendarEntry> entry(LocalDate date) {
        return jdbc.sql("select day, kind, name, legal_note from calendar.calendar_entry where day = ?")
                .param(date)
                .query(ENTRY)
                .optional();
    }

    void saveEntry(CalendarEntry entry) {
        jdbc.sql("""
                        insert into calendar.calendar_entry (day, kind, name, legal_note) values (?, ?, ?, ?)
                        on conflict (day) do update
                        set kind = excluded.kind, name = excluded.name, legal_note = excluded.legal_note""")
                .params(entry.date(), entry.kind().name(), entry.name(), entry.legalNote())
                .update();
    }

    void deleteEntry(LocalDate date) {
        jdbc.sql("delete from calendar.calendar_entry where day = ?")
                .param(date)
                .update();
    }

    // --- confirmed years ---------------------------------------------------------------------------

    Set<Integer> confirmedYears() {
        return new HashSet<>(jdbc.sql("select year from calendar.confirmed_year")
                .query(Integer.class)
                .list());
    }

    void confirmYear(int year, Integer tetDaysBefore, Instant at, String actor) {
        jdbc.sql("""
                        insert into calendar.confirmed_year (year, tet_days_before, confirmed_at, confirmed_by)
                        values (?, ?, ?, ?)""").params(year, tetDaysBefore, Timestamp.from(at), actor).update();
    }

    // --- working weeks -----------------------------------------------------------------------------

    List<WorkingWeek> weeks() {
        Map<UUID, Map<DayOfWeek, List<WorkingSession>>> sessions = new HashMap<>();
        jdbc.sql("""
                        select week_id, day_of_week, starts_at, ends_at from calendar.working_session
                        order by week_id, day_of_week, starts_at""").query(rs -> {
            sessions.computeIfAbsent(rs.getObject("week_id", UUID.class), id -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), d -> new ArrayList<>())
                    .add(new WorkingSession(
                            rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
        });
        return jdbc.sql("select id, agency_id, valid_from, valid_to from calendar.working_week")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new WorkingWeek(
                            id,
                            rs.getObject("agency_id", UUID.class),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            new WeeklySessions(sessions.getOrDefault(id, Map.of())));
                })
                .list();
    }

    /** Inserts or replaces a week with its sessions. */
    void saveWeek(WorkingWeek week) {
        jdbc.sql("""
                        insert into calendar.working_week (id, agency_id, valid_from, valid_to) values (?, ?, ?, ?)
                        on conflict (id) do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to""")
                .params(week.id(), week.agencyId(), week.validFrom(), week.validTo())
                .update();
        jdbc.sql("delete from calendar.working_session where week_id = ?")
                .param(week.id())
                .update();
        week.sessions()
                .byDay()
                .forEach((day, list) -> list.forEach(session -> jdbc.sql("""
                        insert into calendar.working_session (week_id, day_of_week, starts_at, ends_at)
                        values (?, ?, ?, ?)""")
                        .params(week.id(), day.getValue(), session.start(), session.end())
                        .update()));
    }

    void deleteWeek(UUID id) {
        jdbc.sql("delete from calendar.working_week where id = ?").param(id).update();
    }

    // --- audit -------------------------------------------------------------------------------------

    void audit(Instant at, String actor, String action, String subject, String before, String after) {
        jdbc.sql("""
                        insert into calendar.audit (at, actor, action, subject, before, after)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(Timestamp.from(at), actor, action, subject, before, after)
                .update();
    }

    List<CalendarChange> changes(int limit) {
        return jdbc.sql("""
                        select at, actor, action, subject, before::text as before, after::text as after
                        from calendar.audit order by id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new CalendarChange(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("before"),
                        rs.getString("after")))
                .list();
    }
}
