package org.motcua.dossier.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.StepDueSoon;
import org.motcua.dossier.DossierEvents.StepOverdue;
import org.motcua.dossier.SystemModule;
import org.motcua.shared.Vietnam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes, marks the steps that came within the warning window (default one working day) or
 * passed their due time, once each, and publishes {@link StepDueSoon} / {@link StepOverdue} for the
 * notification and reporting modules. Marking and publishing share one transaction, so the event
 * publication registry keeps the events even if a listener fails or the process stops.
 */
@Component
class DossierDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DossierDeadlineWatch.class);

    private final JdbcClient jdbc;
    private final DossierDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DossierRepository dossiers;

    DossierDeadlineWatch(
            JdbcClient jdbc,
            DossierDeadlines deadlines,
            ApplicationEventPublisher events,
            Clock clock,
            DossierRepository dossiers) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    private record Open(UUID id, String code, Integer step, UUID agencyId, LocalDateTime due) {}

    @Scheduled(fixedDelayString = "${motcua.dossier.watch-interval:5m}", initialDelayString = "1m")
    @SchedulerLock(name = "dossier.deadline-watch", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        List<Open> overdue = jdbc.sql("""
                        update dossier.dossier set overdue_warned_for = step_due_at
                         where finished_at is null and step_due_at < :now
                           and overdue_warned_for is distinct from step_due_at
                           and status in ('RECEIVED', 'IN_PROGRESS', 'CONSULTING', 'APPROVED')
                        returning id, code, current_step, current_step_agency_id, step_due_at
                        """)
                .param("now", now)
                .query(DossierDeadlineWatch::open)
                .list();
        overdue.forEach(o -> events.publishEvent(new StepOverdue(facts(o, now), o.due())));
        // Candidates for "due soon": the exact working-day window is checked with the calendar.
        List<Open> candidates = jdbc.sql("""
                        select id, code, current_step, current_step_agency_id, step_due_at from dossier.dossier
                         where finished_at is null and step_due_at >= :now
                           and due_soon_warned_for is distinct from step_due_at
                           and step_due_at < :horizon
                           and status in ('RECEIVED', 'IN_PROGRESS', 'CONSULTING', 'APPROVED')
                        """)
                .param("now", now)
                .param("horizon", now.plusDays(15))
                .query(DossierDeadlineWatch::open)
                .list();
        int warned = 0;
        for (Open o : candidates) {
            if (deadlines.dueSoon(now, o.due(), o.agencyId())) {
                jdbc.sql("update dossier.dossier set due_soon_warned_for = :due where id = :id")
                        .param("due", o.due())
                        .param("id", o.id())
                        .update();
                events.publishEvent(new StepDueSoon(facts(o, now), o.due()));
                warned++;
            }
        }
        if (!overdue.isEmpty() || warned > 0) {
            log.info("Deadline watch: {} step(s) overdue, {} due soon", overdue.size(), warned);
        }
    }

    /** The dossier as it stands, for the event: nothing changed, the scheduler noticed the time. */
    private DossierFacts facts(Open o, LocalDateTime now) {
        Dossier d = dossiers.findById(o.id()).orElseThrow();
        return d.facts(d.status(), d.currentStep(), now, ActedBy.system(SystemModule.SCHEDULER, o.agencyId()));
    }

    private static Open open(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Open(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                (Integer) rs.getObject("current_step"),
                rs.getObject("current_step_agency_id", UUID.class),
                rs.getObject("step_due_at", LocalDateTime.class));
    }
}
