package org.motcua.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.motcua.shared.ReportReads;
import org.motcua.statistics.Figures;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The procedure review's counts per procedure and competent agency, over the dossiers received (or
 * refused) in the period: one pass over their fact rows (an index on the receipt time).
 */
@Component
public class ReviewQueries {

    /** Raw counts and times of one procedure at one agency; the shares are made by the caller. */
    public record Row(
            UUID procedureId,
            String procedureCode,
            UUID agencyId,
            long received,
            long refused,
            long resolved,
            long late,
            long supplemented,
            long extended,
            long online,
            BigDecimal averageDays,
            BigDecimal p90Days,
            List<String> mostAskedFor) {}

    private final JdbcClient jdbc;

    ReviewQueries(ReportReads reports) {
        this.jdbc = reports.jdbc();
    }

    public List<Row> review(LocalDate from, LocalDate to, Scope scope) {
        var sql = jdbc.sql("""
                        with cohort as (
                          select * from statistics.dossier_fact f
                          where ((f.received_at >= :from and f.received_at < :end)
                                 or (f.refused_at >= :from and f.refused_at < :end))
                        """ + ScopeSql.where(scope, "f.") + """
                        ), issues as (
                          select procedure_id, competent_agency_id, lower(trim(supplement_issues)) issue, count(*) n,
                                 row_number() over (partition by procedure_id, competent_agency_id
                                                    order by count(*) desc, lower(trim(supplement_issues))) r
                          from cohort where supplement_issues is not null and trim(supplement_issues) <> ''
                          group by 1, 2, 3
                        )
                        select c.procedure_id, max(c.procedure_code) procedure_code, c.competent_agency_id,
                               count(*) filter (where c.received_at is not null) received,
                               count(*) filter (where c.refused_at is not null) refused,
                               count(*) filter (where c.finish = 'RESOLVED') resolved,
                               count(*) filter (where c.verdict = 'LATE') late,
                               count(*) filter (where c.supplement_requested_at is not null) supplemented,
                               count(*) filter (where c.extended_at is not null) extended,
                               count(*) filter (where c.channel = 'ONLINE' and c.received_at is not null) online,
                               avg(c.processing_minutes) filter (where c.finish = 'RESOLVED') average_minutes,
                               percentile_cont(0.9) within group (order by c.processing_minutes)
                                   filter (where c.finish = 'RESOLVED') p90_minutes,
                               (select string_agg(i.issue, '\n' order by i.r) from issues i
                                 where i.procedure_id is not distinct from c.procedure_id
                                   and i.competent_agency_id is not distinct from c.competent_agency_id
                                   and i.r <= 3) asked
                        from cohort c
                        group by c.procedure_id, c.competent_agency_id
                        order by received desc
                        """)
                .param("from", from.atStartOfDay())
                .param("end", to.plusDays(1).atStartOfDay());
        List<Row> rows = new ArrayList<>();
        ScopeSql.bind(sql, scope).query((java.sql.ResultSet rs) -> {
            String asked = rs.getString("asked");
            rows.add(new Row(
                    rs.getObject("procedure_id", UUID.class),
                    rs.getString("procedure_code"),
                    rs.getObject("competent_agency_id", UUID.class),
                    rs.getLong("received"),
                    rs.getLong("refused"),
                    rs.getLong("resolved"),
                    rs.getLong("late"),
                    rs.getLong("supplemented"),
                    rs.getLong("extended"),
                    rs.getLong("online"),
                    days(rs.getBigDecimal("average_minutes")),
                    days(rs.getBigDecimal("p90_minutes")),
                    asked == null ? List.of() : List.of(asked.split("\n"))));
        });
        return rows;
    }

    private static BigDecimal days(BigDecimal minutes) {
        return minutes == null
                ? null
                : minutes.divide(BigDecimal.valueOf(Figures.MINUTES_PER_WORKING_DAY), 2, RoundingMode.HALF_UP);
    }
}
