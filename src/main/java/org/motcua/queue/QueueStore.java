package org.motcua.queue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue schema's SQL: groups, tickets, board calls. Callers hold the transaction. */
@Repository
class QueueStore {

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- groups ---------------------------------------------------------------------------------------

    static final RowMapper<CounterGroup> GROUP = (rs, n) -> new CounterGroup(
            rs.getObject("id", UUID.class),
            rs.getObject("center_id", UUID.class),
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("name_en"),
            uuids(rs.getArray("agency_ids")),
            uuids(rs.getArray("counter_ids")),
            rs.getBoolean("open"),
            rs.getInt("slot_minutes"),
            rs.getInt("slot_capacity"),
            rs.getInt("target_wait_minutes"));

    List<CounterGroup> groups(UUID centerId) {
        return jdbc.sql("select * from queue.counter_group where center_id = ? order by code")
                .param(centerId)
                .query(GROUP)
                .list();
    }

    List<CounterGroup> allGroups() {
        return jdbc.sql("select * from queue.counter_group order by center_id, code")
                .query(GROUP)
                .list();
    }

    Optional<CounterGroup> group(UUID id) {
        return jdbc.sql("select * from queue.counter_group where id = ?")
                .param(id)
                .query(GROUP)
                .optional();
    }

    /** The group's row locked until commit: bookings of one group are counted and added one at a time. */
    Optional<CounterGroup> lockGroup(UUID id) {
        return jdbc.sql("select * from queue.counter_group where id = ? for update")
                .param(id)
                .query(GROUP)
                .optional();
    }

    List<CounterGroup> groupsServedBy(UUID counterId) {
        return jdbc.sql("select * from queue.counter_group where ? = any(counter_ids) order by code")
                .param(counterId)
                .query(GROUP)
                .list();
    }

    void saveGroup(CounterGroup g) {
        jdbc.sql("""
                        insert into queue.counter_group (id, center_id, code, name, name_en, agency_ids, counter_ids, open,
                                                         slot_minutes, slot_capacity, target_wait_minutes)
                        values (:id, :center, :code, :name, :nameEn, :agencies, :counters, :open, :slotMinutes,
                                :slotCapacity, :target)
                        on conflict (id) do update set code = excluded.code, name = excluded.name,
                            name_en = excluded.name_en, agency_ids = excluded.agency_ids,
                            counter_ids = excluded.counter_ids, open = excluded.open,
                            slot_minutes = excluded.slot_minutes, slot_capacity = excluded.slot_capacity,
                            target_wait_minutes = excluded.target_wait_minutes
                        """)
                .param("id", g.id())
                .param("center", g.centerId())
                .param("code", g.code())
                .param("name", g.name())
                .param("nameEn", g.nameEn())
                .param("agencies", g.agencyIds().toArray(UUID[]::new))
                .param("counters", g.counterIds().toArray(UUID[]::new))
                .param("open", g.open())
                .param("slotMinutes", g.slotMinutes())
                .param("slotCapacity", g.slotCapacity())
                .param("target", g.targetWaitMinutes())
                .update();
    }

    void setOpen(UUID groupId, boolean open) {
        jdbc.sql("update queue.counter_group set open = ? where id = ?")
                .params(open, groupId)
                .update();
    }

    // ---- tickets --------------------------------------------------------------------------------------

    private static final String TICKET_COLUMNS =
            "t.*, (select code from queue.counter_group g where g.id = t.group_id) group_code";

    static final RowMapper<Ticket> TICKET = (rs, n) -> new Ticket(
            rs.getObject("id", UUID.class),
            rs.getObject("center_id", UUID.class),
            rs.getObject("day", LocalDate.class),
            rs.getInt("number"),
            rs.getObject("group_id", UUID.class),
            rs.getString("group_code"),
            rs.getString("token"),
            TicketSource.valueOf(rs.getString("source")),
            rs.getObject("booking_id", UUID.class),
            TicketStatus.valueOf(rs.getString("status")),
            time(rs, "issued_at"),
            time(rs, "queued_at"),
            time(rs, "called_at"),
            time(rs, "serving_at"),
            time(rs, "finished_at"),
            rs.getInt("call_count"),
            rs.getObject("counter_id", UUID.class),
            (Integer) rs.getObject("counter_number"),
            rs.getObject("officer_id", UUID.class));

    /** The next number of the center on the day; the row stays locked until commit, so numbers never repeat. */
    int nextNumber(UUID centerId, LocalDate day, int first) {
        return jdbc.sql("""
                        insert into queue.day_number (center_id, day, last_number) values (?, ?, ?)
                        on conflict (center_id, day) do update set last_number = queue.day_number.last_number + 1
                        returning last_number
                        """).params(centerId, day, first).query(Integer.class).single();
    }

    void insertTicket(
            UUID id,
            UUID centerId,
            LocalDate day,
            int number,
            UUID groupId,
            String token,
            TicketSource source,
            UUID bookingId,
            LocalDateTime at) {
        jdbc.sql("""
                        insert into queue.ticket (id, center_id, day, number, group_id, token, source, booking_id, status,
                                                  issued_at, queued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)
                        """)
                .params(id, centerId, day, number, groupId, token, source.name(), bookingId, at, at)
                .update();
    }

    Optional<Ticket> ticket(UUID id) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = ?")
                .param(id)
                .query(TICKET)
                .optional();
    }

    Optional<Ticket> ticketByToken(String token) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.token = ?")
                .param(token)
                .query(TICKET)
                .optional();
    }

    /** The ticket an officer has in hand (called or being served), if any. */
    Optional<Ticket> inHand(UUID officerId) {
        return jdbc.sql("select " + TICKET_COLUMNS
                        + " from queue.ticket t where t.officer_id = ? and t.status in ('CALLED', 'SERVING')"
                        + " order by t.called_at desc limit 1")
                .param(officerId)
                .query(TICKET)
                .optional();
    }

    /**
     * Calls the first waiting ticket of the groups: the row is taken with {@code for update skip locked},
     * so two consoles calling at once take two different tickets.
     */
    Optional<Ticket> callNext(
            List<UUID> groupIds, LocalDate day, UUID counterId, int counterNumber, UUID officerId, LocalDateTime at) {
        return jdbc.sql("""
                        with next as (
                            select id from queue.ticket
                            where group_id = any(:groups) and day = :day and status = 'WAITING'
                            order by queued_at, number
                            limit 1
                            for update skip locked)
                        update queue.ticket t set status = 'CALLED', called_at = coalesce(t.called_at, :at),
                            call_count = t.call_count + 1, counter_id = :counter, counter_number = :counterNumber,
                            officer_id = :officer
                        from next where t.id = next.id
                        returning t.id
                        """)
                .param("groups", groupIds.toArray(UUID[]::new))
                .param("day", day)
                .param("at", at)
                .param("counter", counterId)
                .param("counterNumber", counterNumber)
                .param("officer", officerId)
                .query(UUID.class)
                .optional()
                .flatMap(this::ticket);
    }

    /** Calls one waiting ticket; false when it is no longer waiting (another console was first). */
    boolean call(
            UUID ticketId, List<UUID> groupIds, UUID counterId, int counterNumber, UUID officerId, LocalDateTime at) {
        return jdbc.sql("""
                        update queue.ticket t set status = 'CALLED', called_at = coalesce(t.called_at, :at),
                            call_count = t.call_count + 1, counter_id = :counter, counter_number = :counterNumber,
                            officer_id = :officer
                        where t.id = :id and t.status = 'WAITING' and t.group_id = any(:groups)
                        """)
                        .param("id", ticketId)
                        .param("groups", groupIds.toArray(UUID[]::new))
                        .param("at", at)
                        .param("counter", counterId)
                        .param("counterNumber", counterNumber)
                        .param("officer", officerId)
                        .update()
                == 1;
    }

    /** Moves a ticket from one status to another, only if it is still in {@code from} and held by the officer. */
    boolean move(
            UUID ticketId,
            UUID officerId,
            List<TicketStatus> from,
            TicketStatus to,
            String timeColumn,
            LocalDateTime at) {
        String set = timeColumn == null ? "" : ", " + timeColumn + " = :at";
        return jdbc.sql("update queue.ticket set status = :to" + set
                                + " where id = :id and officer_id = :officer and status = any(:from)")
                        .param("to", to.name())
                        .param("at", at)
                        .param("id", ticketId)
                        .param("officer", officerId)
                        .param("from", from.stream().map(Enum::name).toArray(String[]::new))
                        .update()
                == 1;
    }

    boolean recall(UUID ticketId, UUID officerId) {
        return jdbc.sql("update queue.ticket set call_count = call_count + 1"
                                + " where id = ? and officer_id = ? and status = 'CALLED'")
                        .params(ticketId, officerId)
                        .update()
                == 1;
    }

    /** Back to waiting in another group, at the end of its line; no longer anyone's. */
    boolean transfer(UUID ticketId, UUID officerId, UUID toGroup, LocalDateTime at) {
        return jdbc.sql("""
                        update queue.ticket set transferred_from = group_id, group_id = ?, status = 'WAITING',
                            queued_at = ?, counter_id = null, counter_number = null, officer_id = null
                        where id = ? and officer_id = ? and status in ('CALLED', 'SERVING')
                        """).params(toGroup, at, ticketId, officerId).update() == 1;
    }

    List<Ticket> waiting(List<UUID> groupIds, LocalDate day, int limit) {
        return jdbc.sql("select " + TICKET_COLUMNS
                        + " from queue.ticket t where t.group_id = any(?) and t.day = ? and t.status = 'WAITING'"
                        + " order by t.queued_at, t.number limit ?")
                .params(groupIds.toArray(UUID[]::new), day, limit)
                .query(TICKET)
                .list();
    }

    int ahead(Ticket t) {
        return jdbc.sql("select count(*) from queue.ticket where group_id = ? and day = ? and status = 'WAITING'"
                        + " and (queued_at, number) < (?, ?)")
                .params(t.groupId(), t.day(), t.queuedAt(), t.number())
                .query(Integer.class)
                .single();
    }

    /** Mean service minutes of the group's last 20 finished tickets, if any. */
    Optional<Double> meanServiceMinutes(UUID groupId) {
        return jdbc.sql("""
                        select avg(extract(epoch from (finished_at - coalesce(serving_at, called_at))) / 60.0)
                        from (select * from queue.ticket where group_id = ? and status = 'DONE'
                              order by finished_at desc limit 20) last
                        """)
                .param(groupId)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getDouble(1))
                .optional();
    }

    void linkDossier(UUID ticketId, UUID dossierId, String code, String action, LocalDateTime at) {
        jdbc.sql("""
                        insert into queue.ticket_dossier (ticket_id, dossier_id, dossier_code, action, at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """).params(ticketId, dossierId, code, action, at).update();
    }

    /** The ticket the officer was serving at {@code at}: called before it and not finished before it. */
    Optional<UUID> servedBy(UUID officerId, LocalDateTime at) {
        return jdbc.sql("""
                        select id from queue.ticket
                        where officer_id = ? and called_at <= ? and (finished_at is null or finished_at >= ?)
                          and status in ('CALLED', 'SERVING', 'DONE')
                        order by called_at desc limit 1
                        """).params(officerId, at, at).query(UUID.class).optional();
    }

    List<LinkedDossier> dossiersOf(UUID ticketId) {
        return jdbc.sql("select dossier_id, dossier_code, action, at from queue.ticket_dossier where ticket_id = ?"
                        + " order by at")
                .param(ticketId)
                .query((rs, n) -> new LinkedDossier(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), time(rs, "at")))
                .list();
    }

    Optional<LinkedTicket> ticketOfDossier(UUID dossierId, String action) {
        return jdbc.sql("""
                        select t.id, t.number, t.issued_at, t.called_at, t.serving_at, t.finished_at, t.officer_id
                        from queue.ticket_dossier d join queue.ticket t on t.id = d.ticket_id
                        where d.dossier_id = ? and d.action = ? order by d.at desc limit 1
                        """)
                .params(dossierId, action)
                .query((rs, n) -> new LinkedTicket(
                        rs.getObject("id", UUID.class),
                        rs.getInt("number"),
                        time(rs, "issued_at"),
                        time(rs, "called_at"),
                        time(rs, "serving_at"),
                        time(rs, "finished_at"),
                        rs.getObject("officer_id", UUID.class)))
                .optional();
    }

    // ---- board calls ----------------------------------------------------------------------------------

    static final RowMapper<BoardCall> CALL = (rs, n) -> new BoardCall(
            rs.getObject("center_id", UUID.class),
            rs.getLong("seq"),
            time(rs, "at"),
            BoardCall.Kind.valueOf(rs.getString("kind")),
            rs.getInt("number"),
            rs.getInt("counter_number"),
            rs.getString("group_code"));

    /**
     * Records a call for the boards and wakes every node's board feed (NOTIFY is delivered at commit). The
     * head row stays locked until commit, so calls commit in {@code seq} order.
     */
    BoardCall addCall(Ticket t, BoardCall.Kind kind, int counterNumber, LocalDateTime at) {
        long seq = jdbc.sql("""
                        insert into queue.board_head (center_id, last_seq) values (?, 1)
                        on conflict (center_id) do update set last_seq = queue.board_head.last_seq + 1
                        returning last_seq
                        """).param(t.centerId()).query(Long.class).single();
        jdbc.sql("""
                        insert into queue.board_call (center_id, seq, at, kind, ticket_id, number, counter_number, group_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(t.centerId(), seq, at, kind.name(), t.id(), t.number(), counterNumber, t.groupCode())
                .update();
        jdbc.sql("select pg_notify('queue_board', ?)")
                .param(t.centerId() + ":" + seq)
                .query((rs, n) -> 1)
                .list();
        return new BoardCall(t.centerId(), seq, at, kind, t.number(), counterNumber, t.groupCode());
    }

    List<BoardCall> callsAfter(UUID centerId, long afterSeq, int limit) {
        return jdbc.sql("select * from queue.board_call where center_id = ? and seq > ? order by seq limit ?")
                .params(centerId, afterSeq, limit)
                .query(CALL)
                .list();
    }

    /** The center's last calls, oldest first. */
    List<BoardCall> lastCalls(UUID centerId, int limit) {
        List<BoardCall> calls = new java.util.ArrayList<>(
                jdbc.sql("select * from queue.board_call where center_id = ? order by seq desc limit ?")
                        .params(centerId, limit)
                        .query(CALL)
                        .list());
        java.util.Collections.reverse(calls);
        return calls;
    }

    long lastSeq(UUID centerId) {
        return jdbc.sql("select coalesce(max(last_seq), 0) from queue.board_head where center_id = ?")
                .param(centerId)
                .query(Long.class)
                .single();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    record LinkedDossier(UUID dossierId, String code, String action, LocalDateTime at) {}

    static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toLocalDateTime();
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
