package org.motcua.statistics.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.motcua.shared.ReportReads;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers behind a count of the figures table (the drill-down): for each count, the condition on the
 * fact rows that selects the dossiers it counted. The counts themselves come from the daily rollup and the
 * open-at-an-instant query ({@link FigureQueries}); {@code FiguresIntegrationTests} holds every condition
 * here to the count it explains, on the hand-worked fixture.
 *
 * <p>Parameters: {@code :from}/{@code :to} the period's first instant and the day after it (flows count the
 * day an event happened), {@code :start}/{@code :end} the instants the open dossiers are taken at (the
 * period's bounds, or now when a bound is in the future).
 */
@Component
public class FigureDossiers {

    /** One dossier behind a count. */
    public record Row(
            UUID dossierId,
            String code,
            UUID procedureId,
            UUID competentAgencyId,
            String channel,
            LocalDateTime receivedAt,
            LocalDateTime originalDueAt,
            LocalDateTime finishedAt,
            String verdict) {}

    private static final String OPEN_AT_START = FigureQueries.openAt(":start");
    private static final String OPEN_AT_END = FigureQueries.openAt(":end");
    private static final String RECEIVED = "f.received_at >= :from and f.received_at < :to";
    private static final String RESOLVED = "f.finish = 'RESOLVED' and f.finished_at >= :from and f.finished_at < :to";

    private static final Map<String, String> CONDITIONS = conditions();

    private static Map<String, String> conditions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("carriedOver", OPEN_AT_START);
        c.put("receivedNew", RECEIVED);
        c.put("receivedOnline", RECEIVED + " and f.channel = 'ONLINE'");
        c.put("receivedCounter", RECEIVED + " and f.channel = 'COUNTER'");
        c.put("receivedPostal", RECEIVED + " and f.channel = 'POSTAL'");
        c.put("receivedTotal", "((" + OPEN_AT_START + ") or (" + RECEIVED + "))");
        c.put("resolvedEarly", RESOLVED + " and f.verdict = 'EARLY'");
        c.put("resolvedOnTime", RESOLVED + " and f.verdict = 'ON_TIME'");
        c.put("resolvedLate", RESOLVED + " and f.verdict = 'LATE'");
        c.put("resolvedTotal", RESOLVED);
        c.put("inProgressOnTime", OPEN_AT_END + " and not coalesce(" + FigureQueries.overdueAt(":end") + ", false)");
        c.put("inProgressOverdue", OPEN_AT_END + " and " + FigureQueries.overdueAt(":end"));
        c.put("waitingSupplement", OPEN_AT_END + " and " + FigureQueries.waitingAt(":end"));
        c.put("withdrawn", "f.finish = 'WITHDRAWN' and f.finished_at >= :from and f.finished_at < :to");
        c.put("stopped", "f.finish = 'STOPPED' and f.finished_at >= :from and f.finished_at < :to");
        c.put("refused", "f.refused_at >= :from and f.refused_at < :to");
        c.put("returned", "f.returned_at >= :from and f.returned_at < :to");
        c.put("returnedByPost", "f.returned_at >= :from and f.returned_at < :to and f.returned_by_post");
        return Map.copyOf(c);
    }

    /** The counts that have dossiers behind them (rates, averages and money have none). */
    public static final Set<String> FIGURES = CONDITIONS.keySet();

    private final JdbcClient jdbc;

    FigureDossiers(ReportReads reports) {
        this.jdbc = reports.jdbc();
    }

    /** Up to {@code limit} dossiers behind {@code figure}, by receipt time; how many there are in all. */
    public List<Row> list(String figure, LocalDate from, LocalDate to, Scope scope, LocalDateTime now, int limit) {
        var sql = jdbc.sql("""
                        select f.dossier_id, f.code, f.procedure_id, f.competent_agency_id, f.channel, f.received_at,
                               f.original_due_at, f.finished_at, f.verdict
                          from statistics.dossier_fact f
                         where\s"""
                        + condition(figure) + ScopeSql.where(scope, "f.")
                        + " order by f.received_at nulls first, f.code limit :limit")
                .param("limit", limit);
        return bind(ScopeSql.bind(sql, scope), from, to, now)
                .query((rs, n) -> new Row(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("code"),
                        rs.getObject("procedure_id", UUID.class),
                        rs.getObject("competent_agency_id", UUID.class),
                        rs.getString("channel"),
                        rs.getObject("received_at", LocalDateTime.class),
                        rs.getObject("original_due_at", LocalDateTime.class),
                        rs.getObject("finished_at", LocalDateTime.class),
                        rs.getString("verdict")))
                .list();
    }

    public long count(String figure, LocalDate from, LocalDate to, Scope scope, LocalDateTime now) {
        var sql = jdbc.sql("select count(*) from statistics.dossier_fact f where " + condition(figure)
                + ScopeSql.where(scope, "f."));
        return bind(ScopeSql.bind(sql, scope), from, to, now).query(Long.class).single();
    }

    private static String condition(String figure) {
        String condition = CONDITIONS.get(figure);
        if (condition == null) {
            throw new IllegalArgumentException("no dossiers behind " + figure);
        }
        return condition;
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, LocalDate from, LocalDate to, LocalDateTime now) {
        return sql.param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay())
                .param("start", FigureQueries.at(from, now))
                .param("end", FigureQueries.at(to.plusDays(1), now));
    }
}
