package org.motcua.statistics.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.statistics.ResultFigure;
import org.motcua.statistics.ResultFigures;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The investment and enterprise figures (defined in {@code docs/statistics.md}): the granted results of the
 * tagged procedures, counted on the day the dossier was resolved, from the fact rows of those procedures
 * only (an index on procedure and finish time), so a tag also counts the dossiers resolved before it.
 */
@Component
public class ResultQueries {

    /** A procedure's tag. */
    public record Tag(UUID procedureId, ResultFigure figure) {}

    private final JdbcClient jdbc;

    ResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure, in the enum's order, zero where nothing counted. */
    public List<ResultFigures> figures(LocalDate from, LocalDate to, Scope scope) {
        Map<ResultFigure, ResultFigures> found = new EnumMap<>(ResultFigure.class);
        var sql = jdbc.sql("""
                        select t.figure, count(*) as n, count(*) filter (where f.foreign_investor) as foreign_n,
                               coalesce(sum(f.registered_capital_vnd), 0) as capital,
                               coalesce(sum(f.registered_capital_vnd) filter (where f.foreign_investor), 0) as foreign_capital
                          from statistics.procedure_figure t
                          join statistics.dossier_fact f on f.procedure_id = t.procedure_id
                         where f.finish = 'RESOLVED' and f.outcome = 'GRANTED'
                           and f.finished_at >= :from and f.finished_at < :to
                        """ + ScopeSql.where(scope, "f.") + " group by t.figure")
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay());
        ScopeSql.bind(sql, scope)
                .query((rs, n) -> new ResultFigures(
                        ResultFigure.valueOf(rs.getString("figure")),
                        rs.getLong("n"),
                        rs.getLong("foreign_n"),
                        rs.getLong("capital"),
                        rs.getLong("foreign_capital")))
                .list()
                .forEach(r -> found.put(r.figure(), r));
        return java.util.Arrays.stream(ResultFigure.values())
                .map(f -> found.getOrDefault(f, new ResultFigures(f, 0, 0, 0, 0)))
                .toList();
    }

    public List<Tag> tags() {
        return jdbc.sql("select procedure_id, figure from statistics.procedure_figure")
                .query((rs, n) ->
                        new Tag(rs.getObject("procedure_id", UUID.class), ResultFigure.valueOf(rs.getString("figure"))))
                .list();
    }

    /** The figure a procedure feeds, if it is tagged (asked on every officer's dossier page). */
    public java.util.Optional<ResultFigure> figureOf(UUID procedureId) {
        return jdbc.sql("select figure from statistics.procedure_figure where procedure_id = :id")
                .param("id", procedureId)
                .query((rs, n) -> ResultFigure.valueOf(rs.getString("figure")))
                .optional();
    }

    /** Tags the procedure, or removes its tag when {@code figure} is null. */
    public void tag(UUID procedureId, ResultFigure figure, java.time.Instant at, String by) {
        if (figure == null) {
            jdbc.sql("delete from statistics.procedure_figure where procedure_id = :id")
                    .param("id", procedureId)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into statistics.procedure_figure (procedure_id, figure, tagged_at, tagged_by)
                        values (:id, :figure, :at, :by)
                        on conflict (procedure_id) do update
                           set figure = excluded.figure, tagged_at = excluded.tagged_at, tagged_by = excluded.tagged_by
                        """)
                .param("id", procedureId)
                .param("figure", figure.name())
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
    }
}
