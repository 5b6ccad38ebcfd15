package org.motcua.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.shared.Vietnam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Once a day, asks the portal ({@code TraCuuHoSo}) about every dossier with an update in the last day and
 * lists where it differs from motcua: unknown there, another status there, or updates still waiting here.
 * The list replaces the previous one.
 */
@Component
class PortalReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PortalReconciliation.class);

    private final JdbcClient jdbc;
    private final PortalClient portal;
    private final Clock clock;

    PortalReconciliation(JdbcClient jdbc, PortalClient portal, Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.national-portal.reconcile-cron:0 30 3 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "nationalportal.reconcile", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void scheduled() {
        if (portal.configured()) {
            try {
                run();
            } catch (PortalException e) {
                log.warn("national portal reconciliation stopped: {}", e.getMessage());
            }
        }
    }

    private record Ours(UUID dossierId, String code, int status, boolean waiting) {}

    /** Compares the dossiers changed in the last day; the differences found. */
    List<Difference> run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
        List<Ours> changed = jdbc.sql("""
                        select distinct on (dossier_id) dossier_id, dossier_code, portal_status,
                               exists (select 1 from national_portal.sync_update w
                                        where w.dossier_id = u.dossier_id and w.status <> 'SENT') as waiting
                          from national_portal.sync_update u
                         where dossier_id in (select dossier_id from national_portal.sync_update
                                               where recorded_at >= :since)
                         order by dossier_id, version desc, sequence desc""")
                .param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query((rs, i) ->
                        new Ours(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
        // The table holds the latest run only: an empty run must not leave an older run's list on the page.
        jdbc.sql("delete from national_portal.reconciliation_difference").update();
        for (Ours o : changed) {
            String kind = null;
            Integer theirs = null;
            if (o.waiting()) {
                kind = "NOT_YET_SENT";
            } else {
                JsonNode answer = portal.call("TraCuuHoSo", Map.of("mahoso", o.code()));
                JsonNode found = answer.path("result");
                if (!found.isArray() || found.isEmpty()) {
                    kind = "MISSING";
                } else {
                    String status = found.get(0).path("TrangThaiHoSo").asString("");
                    if (!status.isBlank() && !status.trim().equals(String.valueOf(o.status()))) {
                        kind = "STATUS_DIFFERS";
                        theirs = Integer.valueOf(status.trim());
                    }
                }
            }
            if (kind != null) {
                jdbc.sql("""
                                insert into national_portal.reconciliation_difference
                                    (run_on, dossier_id, dossier_code, kind, ours, theirs, found_at)
                                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(today, o.dossierId(), o.code(), kind, o.status(), theirs, Timestamp.from(now))
                        .update();
            }
        }
        return differences();
    }

    /** The latest run's differences. */
    List<Difference> differences() {
        return jdbc.sql("""
                        select run_on, dossier_id, dossier_code, kind, ours, theirs, found_at
                          from national_portal.reconciliation_difference
                         where run_on = (select max(run_on) from national_portal.reconciliation_difference)
                         order by dossier_code""")
                .query((rs, i) -> new Difference(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5),
                        (Integer) rs.getObject(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
