package org.motcua.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.motcua.shared.DomainException;
import org.motcua.statistics.GroupBy;
import org.motcua.statistics.SatisfactionFigures;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The satisfaction figures, from {@code statistics.rating_fact}. */
@Component
public class RatingQueries {

    private final JdbcClient jdbc;

    RatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures per group key ("" for the total when {@code groupBy} is null). */
    public Map<String, SatisfactionFigures> figures(LocalDate from, LocalDate to, Scope scope, GroupBy groupBy) {
        String key = groupBy == null
                ? "''"
                : switch (groupBy) {
                    case AGENCY -> "f.competent_agency_id::text";
                    case PROCEDURE -> "f.procedure_id::text";
                    case FIELD -> "f.field_code";
                    case OFFICER -> "f.officer_id::text";
                    case DAY -> "to_char(f.rated_on, 'YYYY-MM-DD')";
                    case MONTH -> "to_char(f.rated_on, 'YYYY-MM')";
                    case WEEK -> "to_char(f.rated_on, 'IYYY-\"W\"IW')";
                    case CHANNEL ->
                        throw DomainException.invalid("statistics.unknown_group", java.util.List.of(), "channel");
                };
        Map<String, SatisfactionFigures> rows = new TreeMap<>();
        var sql = jdbc.sql("select coalesce(" + key + ", '') k,"
                        + " count(*) filter (where f.grade = 'VERY_SATISFIED') very,"
                        + " count(*) filter (where f.grade = 'SATISFIED') satisfied,"
                        + " count(*) filter (where f.grade = 'NOT_SATISFIED') not_satisfied"
                        + " from statistics.rating_fact f where f.rated_on between :from and :to"
                        + ScopeSql.where(scope, "f.")
                        + " group by 1")
                .param("from", from)
                .param("to", to);
        ScopeSql.bind(sql, scope).query((ResultSet rs) -> {
            rows.put(rs.getString("k"), figures(rs));
        });
        if (groupBy == null && rows.isEmpty()) {
            rows.put("", SatisfactionFigures.NONE);
        }
        return rows;
    }

    private static SatisfactionFigures figures(ResultSet rs) throws SQLException {
        return new SatisfactionFigures(rs.getLong("very"), rs.getLong("satisfied"), rs.getLong("not_satisfied"));
    }
}
