package org.motcua.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.motcua.shared.ReportReads;
import org.motcua.shared.Vnd;
import org.motcua.statistics.Figures;
import org.motcua.statistics.GroupBy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes {@link Figures} from the daily flows and the dossiers' fact rows: the flows of the period are
 * summed from {@code statistics.daily_figures}; what was open at an instant (the carry-over at the start,
 * in progress at the end) is counted on the fact rows of the dossiers received before it and not finished
 * by it (an index on open dossiers and one on the finish time: no scan of all dossiers).
 */
@Component
public class FigureQueries {

    /** Where the figures are counted: null sets and values mean "all". */
    public record Scope(Set<UUID> agencies, UUID procedureId, String fieldCode) {
        public static final Scope ALL = new Scope(null, null, null);
    }

    private final JdbcClient jdbc;

    FigureQueries(ReportReads reports) {
        this.jdbc = reports.jdbc();
    }

    /**
     * The figures of the period [from, to] (whole days, Vietnam time) as of {@code now}, per group (in
     * key order; one row keyed {@code ""} when not grouped).
     *
     * @param weekStart the first day of a week when grouped by week
     */
    public Map<String, Figures> figures(
            LocalDate from, LocalDate to, Scope scope, GroupBy groupBy, DayOfWeek weekStart, LocalDateTime now) {
        if (groupBy == GroupBy.OFFICER) {
            return officers(from, to, scope);
        }
        if (groupBy != null && groupBy.isTime()) {
            return overTime(from, to, scope, groupBy, weekStart, now);
        }
        String key = groupBy == null ? "''" : dimension(groupBy);
        Map<String, Figures> flows = flows(from, to, scope, key);
        Map<String, Open> start = open(at(from, now), scope, key);
        Map<String, Open> end = open(at(to.plusDays(1), now), scope, key);
        Map<String, Figures> rows = new TreeMap<>();
        for (String k : union(flows.keySet(), start.keySet(), end.keySet())) {
            rows.put(k, combine(flows.getOrDefault(k, Figures.NONE), start.get(k), end.get(k)));
        }
        if (groupBy == null && rows.isEmpty()) {
            rows.put("", Figures.NONE);
        }
        return rows;
    }

    /** Rows per day, week or month of the period, each with its own carry-over and end. */
    private Map<String, Figures> overTime(
            LocalDate from, LocalDate to, Scope scope, GroupBy groupBy, DayOfWeek weekStart, LocalDateTime now) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = next(d, groupBy, weekStart)) {
            starts.add(d);
        }
        Map<String, Figures> flows = flows(from, to, scope, bucket(groupBy, weekStart));
        List<LocalDateTime> bounds = new ArrayList<>();
        starts.forEach(d -> bounds.add(at(d, now)));
        bounds.add(at(to.plusDays(1), now));
        Map<LocalDateTime, Open> open = openAt(bounds, scope);
        Map<String, Figures> rows = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            String k = starts.get(i).toString();
            if (groupBy == GroupBy.MONTH) {
                k = k.substring(0, 7);
            }
            rows.put(
                    k,
                    combine(flows.getOrDefault(k, Figures.NONE), open.get(bounds.get(i)), open.get(bounds.get(i + 1))));
        }
        return rows;
    }

    private static LocalDate next(LocalDate d, GroupBy groupBy, DayOfWeek weekStart) {
        return switch (groupBy) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusDays(1).with(TemporalAdjusters.nextOrSame(weekStart));
            case MONTH -> d.plusMonths(1).withDayOfMonth(1);
            default -> throw new IllegalArgumentException(groupBy.name());
        };
    }

    /** The instant a day starts, or now if that is later than now (the future is not counted). */
    static LocalDateTime at(LocalDate day, LocalDateTime now) {
        LocalDateTime start = day.atStartOfDay();
        return start.isAfter(now) ? now : start;
    }

    private static String dimension(GroupBy groupBy) {
        return switch (groupBy) {
            case AGENCY -> "competent_agency_id::text";
            case FIELD -> "field_code";
            case PROCEDURE -> "procedure_id::text";
            case CHANNEL -> "channel";
            default -> throw new IllegalArgumentException(groupBy.name());
        };
    }

    /** The key of the day's bucket: the day, the first day of its week, or its month. */
    private static String bucket(GroupBy groupBy, DayOfWeek weekStart) {
        return switch (groupBy) {
            case DAY -> "to_char(day, 'YYYY-MM-DD')";
            case WEEK ->
                "to_char(day - ((extract(isodow from day)::int - " + weekStart.getValue() + " + 7) % 7), 'YYYY-MM-DD')";
            case MONTH -> "to_char(day, 'YYYY-MM')";
            default -> throw new IllegalArgumentException(groupBy.name());
        };
    }

    private Map<String, Figures> flows(LocalDate from, LocalDate to, Scope scope, String key) {
        Map<String, Figures> rows = new HashMap<>();
        var sql = jdbc.sql("select coalesce(" + key + ", '') k, " + FLOW_SUMS
                        + " from statistics.daily_figures where day between :from and :to"
                        + ScopeSql.where(scope, "") + " group by 1")
                .param("from", from)
                .param("to", to);
        ScopeSql.bind(sql, scope).query((ResultSet rs) -> {
            rows.put(rs.getString("k"), flows(rs));
        });
        return rows;
    }

    private static final String FLOW_SUMS = """
            sum(received) received,
            coalesce(sum(received) filter (where channel = 'ONLINE'), 0) online,
            coalesce(sum(received) filter (where channel = 'COUNTER'), 0) counter,
            coalesce(sum(received) filter (where channel = 'POSTAL'), 0) postal,
            sum(resolved_early) early, sum(resolved_on_time) on_time, sum(resolved_late) late,
            sum(refused) refused, sum(withdrawn) withdrawn, sum(stopped) stopped,
            sum(returned) returned, sum(returned_by_post) returned_by_post,
            sum(four_on_site) four_on_site, sum(postal_delivery) postal_delivery,
            sum(extended) extended, sum(supplement_requested) supplement_requested,
            sum(fees_vnd) fees, sum(processing_minutes) processing_minutes
            """;

    private static Figures flows(ResultSet rs) throws SQLException {
        return new Figures(
                0,
                rs.getLong("received"),
                rs.getLong("online"),
                rs.getLong("counter"),
                rs.getLong("postal"),
                rs.getLong("early"),
                rs.getLong("on_time"),
                rs.getLong("late"),
                0,
                0,
                rs.getLong("refused"),
                rs.getLong("withdrawn"),
                rs.getLong("stopped"),
                0,
                rs.getLong("returned"),
                rs.getLong("returned_by_post"),
                rs.getLong("four_on_site"),
                rs.getLong("postal_delivery"),
                rs.getLong("extended"),
                rs.getLong("supplement_requested"),
                Vnd.of(rs.getLong("fees")),
                rs.getLong("processing_minutes"));
    }

    /** One month of one competent agency's flows, for the public figures. */
    public record MonthlyFlows(int month, UUID agencyId, Figures figures) {}

    /** The flows of each month of {@code year} per competent agency (whole province, no carry-over). */
    public List<MonthlyFlows> monthly(int year) {
        List<MonthlyFlows> rows = new ArrayList<>();
        jdbc.sql("select extract(month from day)::int m, competent_agency_id a, " + FLOW_SUMS
                        + " from statistics.daily_figures where day between :from and :to group by 1, 2 order by 1")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((ResultSet rs) -> {
                    rows.add(new MonthlyFlows(rs.getInt("m"), rs.getObject("a", UUID.class), flows(rs)));
                });
        return rows;
    }

    /** Dossiers open at an instant: received before it, not finished before it. */
    private record Open(long total, long overdue, long waitingSupplement) {}

    /** Open at instant {@code t} (an SQL expression): received before it, not finished before it. */
    static String openAt(String t) {
        return "f.received_at < " + t + " and (f.finished_at is null or f.finished_at >= " + t + ")";
    }

    /** Of the dossiers open at {@code t}: past their original appointment. */
    static String overdueAt(String t) {
        return "f.original_due_at < " + t;
    }

    /** Of the dossiers open at {@code t}: asked for a supplement not handed in yet. */
    static String waitingAt(String t) {
        return "f.supplement_requested_at < " + t + " and (f.supplement_submitted_at is null or"
                + " f.supplement_submitted_at >= " + t + ")";
    }

    private static final String OPEN_AT = "count(*) total, count(*) filter (where " + overdueAt("b.t")
            + ") overdue, count(*) filter (where " + waitingAt("b.t") + ") waiting"
            + " from unnest(cast(:bounds as timestamp[])) b(t) join statistics.dossier_fact f on " + openAt("b.t")
            + " where true\n";

    private Map<String, Open> open(LocalDateTime t, Scope scope, String key) {
        Map<String, Open> rows = new HashMap<>();
        var sql = jdbc.sql(
                        "select coalesce(" + key + ", '') k, " + OPEN_AT + ScopeSql.where(scope, "f.") + " group by 1")
                .param("bounds", new String[] {t.toString()});
        ScopeSql.bind(sql, scope).query((ResultSet rs) -> {
            rows.put(rs.getString("k"), open(rs));
        });
        return rows;
    }

    private Map<LocalDateTime, Open> openAt(List<LocalDateTime> bounds, Scope scope) {
        Map<LocalDateTime, Open> rows = new HashMap<>();
        bounds.forEach(b -> rows.put(b, new Open(0, 0, 0)));
        var sql = jdbc.sql("select b.t, " + OPEN_AT + ScopeSql.where(scope, "f.") + " group by b.t")
                .param("bounds", bounds.stream().map(LocalDateTime::toString).toArray(String[]::new));
        ScopeSql.bind(sql, scope).query((ResultSet rs) -> {
            rows.put(rs.getTimestamp("t").toLocalDateTime(), open(rs));
        });
        return rows;
    }

    private static Open open(ResultSet rs) throws SQLException {
        return new Open(rs.getLong("total"), rs.getLong("overdue"), rs.getLong("waiting"));
    }

    /**
     * Received, resolved, refused and supplements asked for per officer (who received, resolved, refused, asked),
     * from the fact rows.
     */
    private Map<String, Figures> officers(LocalDate from, LocalDate to, Scope scope) {
        Map<String, Figures> rows = new TreeMap<>();
        var sql = jdbc.sql("""
                        select k, sum(received) received, sum(online) online, sum(counter) counter,
                               sum(postal) postal, sum(early) early, sum(on_time) on_time, sum(late) late,
                               sum(minutes) processing_minutes, sum(refused) refused, 0 withdrawn, 0 stopped,
                               0 returned, 0 returned_by_post, 0 four_on_site, 0 postal_delivery, 0 extended,
                               sum(supplement_requested) supplement_requested, 0 fees
                        from (
                          select f.received_by::text k, 1 received,
                                 (f.channel = 'ONLINE')::int online, (f.channel = 'COUNTER')::int counter,
                                 (f.channel = 'POSTAL')::int postal, 0 early, 0 on_time, 0 late, 0 minutes,
                                 0 refused, 0 supplement_requested
                          from statistics.dossier_fact f
                          where f.received_at >= :from and f.received_at < :end
                        """ + ScopeSql.where(scope, "f.") + """
                          union all
                          select f.resolved_by::text, 0, 0, 0, 0, (f.verdict = 'EARLY')::int,
                                 (f.verdict = 'ON_TIME')::int, (f.verdict = 'LATE')::int,
                                 coalesce(f.processing_minutes, 0), 0, 0
                          from statistics.dossier_fact f
                          where f.finish = 'RESOLVED' and f.finished_at >= :from and f.finished_at < :end
                        """ + ScopeSql.where(scope, "f.") + """
                          union all
                          select f.refused_by::text, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
                          from statistics.dossier_fact f
                          where f.refused_at >= :from and f.refused_at < :end
                        """
                        + ScopeSql.where(scope, "f.") + """
                          union all
                          select f.supplement_requested_by::text, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
                          from statistics.dossier_fact f
                          where f.supplement_requested_at >= :from and f.supplement_requested_at < :end
                        """ + ScopeSql.where(scope, "f.")
                        + ") x where k is not null group by k")
                .param("from", from.atStartOfDay())
                .param("end", to.plusDays(1).atStartOfDay());
        ScopeSql.bind(sql, scope).query((ResultSet rs) -> {
            rows.put(rs.getString("k"), flows(rs));
        });
        return rows;
    }

    /** The flows of the period with what was open at its start and at its end. */
    private static Figures combine(Figures flows, Open start, Open end) {
        Open s = start == null ? new Open(0, 0, 0) : start;
        Open e = end == null ? new Open(0, 0, 0) : end;
        return new Figures(
                s.total(),
                flows.receivedNew(),
                flows.receivedOnline(),
                flows.receivedCounter(),
                flows.receivedPostal(),
                flows.resolvedEarly(),
                flows.resolvedOnTime(),
                flows.resolvedLate(),
                e.total() - e.overdue(),
                e.overdue(),
                flows.refused(),
                flows.withdrawn(),
                flows.stopped(),
                e.waitingSupplement(),
                flows.returned(),
                flows.returnedByPost(),
                flows.fourOnSite(),
                flows.postalDelivery(),
                flows.extended(),
                flows.supplementRequested(),
                flows.feesCollected(),
                flows.processingMinutes());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
