package org.motcua.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's hash chain: seals staged events into it (every few seconds, on one node at a time),
 * writes each past day's anchor, checks the chain and names its first broken link, and reads entries for
 * the inspectors' exports.
 *
 * <p>Sealing takes a transaction-scoped advisory lock, so two sealers (two nodes, or a check that seals
 * first) never interleave. An entry's day is the day it was sealed, read from the database server's clock
 * after the lock: days follow each other in the chain, and a day that has ended receives no more entries,
 * so its anchor (the hash of its last entry) is final.
 */
@Component
public class AuditChain {

    /** The advisory lock of the sealer (any number unique within the database). */
    static final long SEAL_LOCK = 7_200_317_002L;

    static final int SEAL_BATCH = 5000;
    private static final int FETCH = 1000;
    private static final String COLUMNS =
            "seq, chain_day, at, actor, action, subject_type, subject, subject_alias, person, address, trace_id, detail, hash";

    private final JdbcTemplate jdbc;
    /** Reads long results a thousand rows at a time (a cursor, within a read-only transaction). */
    private final JdbcTemplate streaming;

    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final AuditTrail trail;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditTrail trail) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH);
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.trail = trail;
    }

    /** A day's anchor: the hash of its last entry, to print or send elsewhere. */
    public record Anchor(LocalDate day, long firstSeq, long lastSeq, long entries, String anchor, Instant sealedAt) {}

    /** What broke the chain first. */
    public enum Reason {
        /** An entry is missing: the entry after it was sealed with the next number. */
        MISSING,
        /** The entry does not match its hash: it (or the hash of the entry before it) was changed. */
        ALTERED,
        /** A day's stored anchor is not the hash of that day's last entry. */
        ANCHOR_CHANGED,
        /** The day's anchor is not the value given to compare with (printed or kept elsewhere). */
        ANCHOR_DIFFERS
    }

    /** The first broken link: the entry where the check failed. */
    public record Break(long seq, LocalDate day, Instant at, Reason reason) {}

    /**
     * The result of a check of the entries sealed on the days {@code from}–{@code to} (null: from the first,
     * to the last).
     *
     * @param entries how many entries were checked
     * @param anchors how many daily anchors were checked against the chain
     * @param broken the first broken link, null when the chain is intact
     */
    public record Verification(
            LocalDate from, LocalDate to, long entries, Long firstSeq, Long lastSeq, int anchors, Break broken) {

        public boolean intact() {
            return broken == null;
        }
    }

    /**
     * Entries for an inspector: a period (days, Vietnam time), whose data, who acted, which dossier (its
     * code or its reference).
     */
    public record Query(LocalDate from, LocalDate to, String person, String actor, String dossier) {

        public Query {
            person = Text.clean(person);
            actor = Text.clean(actor);
            dossier = Text.clean(dossier);
        }
    }

    @Scheduled(
            fixedDelayString = "${motcua.audit.seal-interval:5s}",
            initialDelayString = "${motcua.audit.seal-interval:5s}")
    @SchedulerLock(name = "shared.audit-seal", lockAtMostFor = "PT10M")
    public void sealStaged() {
        seal();
    }

    /** Writes queued reads, then seals every staged event; answers how many entries it sealed. */
    public long seal() {
        trail.flush();
        long sealed = 0;
        int batch;
        do {
            batch = writing.execute(status -> sealBatch());
            sealed += batch;
        } while (batch == SEAL_BATCH);
        return sealed;
    }

    private int sealBatch() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, SEAL_LOCK);
        LocalDate today = jdbc.queryForObject(
                "select (clock_timestamp() at time zone 'Asia/Ho_Chi_Minh')::date", LocalDate.class);
        List<AuditEntry> head = jdbc.query(
                "select " + COLUMNS + " from shared.audit_entry order by seq desc limit 1", AuditChain::entry);
        anchorPastDays(today);
        // Read in the shape of an entry: its staging id in place of the number it will get, no day, no hash.
        List<AuditEntry> staged = new ArrayList<>(jdbc.query(
                "delete from shared.audit_staged where id in (select id from shared.audit_staged order by id limit ?)"
                        + " returning id as seq, null::date as chain_day, at, actor, action, subject_type, subject,"
                        + " subject_alias, person, address, trace_id, detail, null::bytea as hash",
                AuditChain::entry,
                SEAL_BATCH));
        if (staged.isEmpty()) {
            return 0;
        }
        staged.sort(Comparator.comparingLong(AuditEntry::seq)); // the order they were staged in
        AuditEntry last = head.isEmpty() ? null : head.getFirst();
        LocalDate day = last == null || today.isAfter(last.chainDay()) ? today : last.chainDay();
        long seq = last == null ? 1 : last.seq() + 1;
        byte[] previous = last == null ? AuditEntry.GENESIS : last.hash();
        List<AuditEntry> sealed = new ArrayList<>(staged.size());
        for (AuditEntry s : staged) {
            AuditEntry e = new AuditEntry(
                    seq++,
                    day,
                    s.at(),
                    s.actor(),
                    s.action(),
                    s.subjectType(),
                    s.subject(),
                    s.subjectAlias(),
                    s.person(),
                    s.address(),
                    s.traceId(),
                    s.detail(),
                    null);
            previous = e.link(previous);
            sealed.add(e.withHash(previous));
        }
        jdbc.batchUpdate(
                "insert into shared.audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sealed,
                sealed.size(),
                (ps, e) -> {
                    ps.setLong(1, e.seq());
                    ps.setObject(2, e.chainDay());
                    ps.setTimestamp(3, Timestamp.from(e.at()));
                    ps.setString(4, e.actor());
                    ps.setString(5, e.action());
                    ps.setString(6, e.subjectType());
                    ps.setString(7, e.subject());
                    ps.setString(8, e.subjectAlias());
                    ps.setString(9, e.person());
                    ps.setString(10, e.address());
                    ps.setString(11, e.traceId());
                    ps.setString(12, e.detail());
                    ps.setBytes(13, e.hash());
                });
        return staged.size();
    }

    /** Writes the anchor of every day before {@code today} that has entries and no anchor yet. */
    private void anchorPastDays(LocalDate today) {
        Long lastAnchored = jdbc.query(
                "select last_seq from shared.audit_anchor order by day desc limit 1",
                rs -> rs.next() ? rs.getLong(1) : 0L);
        List<LocalDate> next = jdbc.queryForList(
                "select chain_day from shared.audit_entry where seq = ?", LocalDate.class, lastAnchored + 1);
        if (next.isEmpty() || !next.getFirst().isBefore(today)) {
            return; // nothing sealed since the last anchor, or only today's entries
        }
        jdbc.update("""
                insert into shared.audit_anchor (day, first_seq, last_seq, entries, anchor, sealed_at)
                select d.chain_day, d.first_seq, d.last_seq, d.entries,
                       (select e.hash from shared.audit_entry e where e.seq = d.last_seq), clock_timestamp()
                  from (select chain_day, min(seq) as first_seq, max(seq) as last_seq, count(*) as entries
                          from shared.audit_entry
                         where seq > ? and chain_day < ?
                         group by chain_day) d
                """, lastAnchored, today);
    }

    /** The anchors of the days {@code from}–{@code to} (null: no bound), oldest first. */
    public List<Anchor> anchors(LocalDate from, LocalDate to) {
        return jdbc.query(
                "select * from shared.audit_anchor where day >= ? and day <= ? order by day",
                (rs, n) -> new Anchor(
                        rs.getObject("day", LocalDate.class),
                        rs.getLong("first_seq"),
                        rs.getLong("last_seq"),
                        rs.getLong("entries"),
                        HexFormat.of().formatHex(rs.getBytes("anchor")),
                        instant(rs, "sealed_at")),
                from == null ? LocalDate.of(1970, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to);
    }

    /** As {@link #verify(LocalDate, LocalDate, LocalDate, String)} without a value to compare with. */
    public Verification verify(LocalDate from, LocalDate to) {
        return verify(from, to, null, null);
    }

    /**
     * Seals what is staged, then checks the entries sealed on the days {@code from}–{@code to} (null: the
     * whole chain): each entry's number follows the one before, each hash is sha256(previous hash ||
     * entry), each stored day's anchor is its last entry's hash; and, when given, that {@code anchorDay}'s
     * anchor is {@code anchor} (64 hexadecimal digits, e.g. as printed that day). Checking from a day
     * trusts the hash of the entry just before it.
     */
    public Verification verify(LocalDate from, LocalDate to, LocalDate anchorDay, String anchor) {
        seal();
        return reading.execute(status -> check(from, to, anchorDay, anchor));
    }

    private Verification check(LocalDate from, LocalDate to, LocalDate anchorDay, String printed) {
        LocalDate first = from == null ? LocalDate.of(1970, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
        Long start = jdbc.queryForObject(
                "select min(seq) from shared.audit_entry where chain_day >= ? and chain_day <= ?",
                Long.class,
                first,
                last);
        Walk walk = new Walk(start == null ? 1 : start, anchors(first, last));
        if (start != null) {
            byte[] before = start == 1
                    ? AuditEntry.GENESIS
                    : jdbc.query(
                            "select hash from shared.audit_entry where seq = ?",
                            rs -> rs.next() ? rs.getBytes(1) : null,
                            start - 1);
            if (before == null) {
                walk.broken = new Break(start - 1, null, null, Reason.MISSING);
            } else {
                walk.previous = before;
                streaming.query(
                        "select " + COLUMNS + " from shared.audit_entry where seq >= ? and chain_day <= ? order by seq",
                        walk,
                        start,
                        last);
            }
        }
        if (walk.broken == null && anchorDay != null && printed != null) {
            Anchor stored = anchors(anchorDay, anchorDay).stream().findFirst().orElse(null);
            String given = printed.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            if (stored == null || !stored.anchor().equals(given)) {
                walk.broken = new Break(stored == null ? 0 : stored.lastSeq(), anchorDay, null, Reason.ANCHOR_DIFFERS);
            }
        }
        return new Verification(
                from,
                to,
                walk.checked,
                start,
                walk.checked == 0 ? null : start + walk.checked - 1,
                walk.anchors,
                walk.broken);
    }

    /** Goes along the chain until the first broken link. */
    private static final class Walk implements RowCallbackHandler {
        private final Map<Long, Anchor> anchorsByLastSeq = new HashMap<>();
        private long expected;
        byte[] previous = AuditEntry.GENESIS;
        long checked;
        int anchors;
        Break broken;

        Walk(long start, List<Anchor> anchors) {
            this.expected = start;
            anchors.forEach(a -> anchorsByLastSeq.put(a.lastSeq(), a));
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return; // the rest of the rows are read and ignored
            }
            AuditEntry e = entry(rs, 0);
            if (e.seq() != expected) {
                broken = new Break(expected, e.chainDay(), null, Reason.MISSING);
                return;
            }
            if (!Arrays.equals(e.link(previous), e.hash())) {
                broken = new Break(e.seq(), e.chainDay(), e.at(), Reason.ALTERED);
                return;
            }
            Anchor anchor = anchorsByLastSeq.get(e.seq());
            if (anchor != null) {
                if (!anchor.anchor().equals(e.hashHex())
                        || !anchor.day().equals(e.chainDay())
                        || anchor.entries() != anchor.lastSeq() - anchor.firstSeq() + 1) {
                    broken = new Break(e.seq(), e.chainDay(), e.at(), Reason.ANCHOR_CHANGED);
                    return;
                }
                anchors++;
            }
            previous = e.hash();
            expected++;
            checked++;
        }
    }

    /** The newest entries matching {@code query}, at most {@code limit}. */
    public List<AuditEntry> latest(Query query, int limit) {
        Filter f = filter(query);
        List<Object> args = new ArrayList<>(f.args());
        args.add(limit);
        return jdbc.query(
                "select " + COLUMNS + " from shared.audit_entry where " + f.where() + " order by seq desc limit ?",
                AuditChain::entry,
                args.toArray());
    }

    /** Every entry matching {@code query}, oldest first, one at a time (for an export of any size). */
    public void each(Query query, Consumer<AuditEntry> consumer) {
        Filter f = filter(query);
        reading.executeWithoutResult(status -> streaming.query(
                "select " + COLUMNS + " from shared.audit_entry where " + f.where() + " order by seq",
                (RowCallbackHandler) rs -> consumer.accept(entry(rs, 0)),
                f.args().toArray()));
    }

    private record Filter(String where, List<Object> args) {}

    private static Filter filter(Query q) {
        StringBuilder where = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            where.append(" and at >= ?");
            args.add(startOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" and at < ?");
            args.add(startOf(q.to().plusDays(1)));
        }
        if (q.person() != null) {
            // ID numbers are kept in capitals (passports), user names as typed
            where.append(" and person in (?, ?)");
            args.add(q.person());
            args.add(q.person().toUpperCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            where.append(" and actor = ?");
            args.add(q.actor());
        }
        if (q.dossier() != null) {
            where.append(" and subject_type = ? and (subject = ? or subject_alias = ?)");
            args.add(AuditTrail.DOSSIER);
            args.add(q.dossier());
            args.add(q.dossier().toUpperCase(Locale.ROOT));
        }
        return new Filter(where.toString(), args);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("chain_day", LocalDate.class),
                instant(rs, "at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject"),
                rs.getString("subject_alias"),
                rs.getString("person"),
                rs.getString("address"),
                rs.getString("trace_id"),
                rs.getString("detail"),
                rs.getBytes("hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
