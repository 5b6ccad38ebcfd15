package org.motcua.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.motcua.statistics.WeeklyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Stored weekly reports, one per week, as generated. */
@Component
public class WeeklyReportStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WeeklyReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Takes the cluster-wide right to generate reports until the caller's transaction ends; false when
     * another node holds it (it is generating the same report).
     */
    public boolean lock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('statistics.weekly-report'))")
                .query(Boolean.class)
                .single());
    }

    public boolean exists(LocalDate weekStart) {
        return jdbc.sql("select count(*) from statistics.weekly_report where week_start = :start")
                        .param("start", weekStart)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Stores the report unless its week has one already; true when stored. */
    public boolean add(WeeklyReport report) {
        return jdbc.sql("""
                                insert into statistics.weekly_report (week_start, week_end, generated_at, report)
                                values (:start, :end, :at, cast(:report as jsonb)) on conflict do nothing
                                """)
                        .param("start", report.from())
                        .param("end", report.to())
                        .param("at", report.generatedAt())
                        .param("report", json.writeValueAsString(report))
                        .update()
                == 1;
    }

    public Optional<WeeklyReport> find(LocalDate weekStart) {
        return jdbc.sql("select report::text from statistics.weekly_report where week_start = :start")
                .param("start", weekStart)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, WeeklyReport.class));
    }

    public List<WeeklyReport.Listed> list(int limit) {
        return jdbc.sql("""
                        select week_start, week_end, generated_at from statistics.weekly_report
                        order by week_start desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new WeeklyReport.Listed(
                        rs.getObject("week_start", LocalDate.class),
                        rs.getObject("week_end", LocalDate.class),
                        rs.getTimestamp("generated_at").toLocalDateTime()))
                .list();
    }
}
