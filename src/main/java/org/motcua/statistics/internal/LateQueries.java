package org.motcua.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.StepVerdict;
import org.motcua.shared.ReportReads;
import org.motcua.statistics.Figures;
import org.motcua.statistics.LateDossier;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The late dossiers of a period: resolved in it after their original appointment, and — if asked — those
 * still open past it at its end; each with the steps it went through, rebuilt from the step passages, so
 * that one sees which steps or consulted agencies overran.
 */
@Component
public class LateQueries {

    /** The order of events of one transaction (the passages of "4 tại chỗ" share a version and a time). */
    private static final List<String> ORDER = List.of(
            "DossierReceived",
            "ConsultationOpened",
            "ConsultationAnswered",
            "DossierSentBack",
            "DossierForwarded",
            "DossierApproved",
            "DossierResolved",
            "DossierReturned");

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final WorkingCalendar calendar;

    LateQueries(ReportReads reports, Catalog catalog, WorkingCalendar calendar) {
        this.jdbc = reports.jdbc();
        this.catalog = catalog;
        this.calendar = calendar;
    }

    private record Row(
            UUID id,
            String code,
            UUID procedureId,
            String procedureCode,
            UUID agencyId,
            LocalDateTime receivedAt,
            LocalDateTime originalDue,
            LocalDateTime due,
            LocalDateTime finishedAt,
            Integer margin,
            LocalDateTime extendedAt,
            String reason,
            Boolean lateApology) {}

    private record Passage(
            String event,
            int fromStep,
            int toStep,
            LocalDateTime at,
            UUID stepAgencyId,
            String actor,
            StepVerdict verdict,
            UUID agencyId,
            LocalDateTime due) {}

    /** Late dossiers of [from, to] in the scope, latest first; {@code open}: also those still open past due. */
    public List<LateDossier> late(LocalDate from, LocalDate to, Scope scope, boolean open, LocalDateTime now) {
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        LocalDateTime at = end.isAfter(now) ? now : end;
        String where = ScopeSql.where(scope, "f.");
        var sql = jdbc.sql("""
                        select dossier_id, code, procedure_id, procedure_code, competent_agency_id, received_at,
                               original_due_at, due_at, finished_at, working_minutes_margin, extended_at,
                               extension_reason, late_apology
                        from statistics.dossier_fact f
                        where ((f.finish = 'RESOLVED' and f.verdict = 'LATE'
                                and f.finished_at >= :from and f.finished_at < :end)
                           or (:open and f.received_at is not null and f.finished_at is null
                                and f.original_due_at < :at))
                        """ + where + " order by coalesce(f.finished_at, :at) desc, f.code")
                .param("from", from.atStartOfDay())
                .param("end", end)
                .param("at", at)
                .param("open", open);
        List<Row> rows = ScopeSql.bind(sql, scope)
                .query((rs, n) -> new Row(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("code"),
                        rs.getObject("procedure_id", UUID.class),
                        rs.getString("procedure_code"),
                        rs.getObject("competent_agency_id", UUID.class),
                        time(rs, "received_at"),
                        time(rs, "original_due_at"),
                        time(rs, "due_at"),
                        time(rs, "finished_at"),
                        (Integer) rs.getObject("working_minutes_margin"),
                        time(rs, "extended_at"),
                        rs.getString("extension_reason"),
                        (Boolean) rs.getObject("late_apology")))
                .list();
        Map<UUID, List<Passage>> passages = passages(rows.stream().map(Row::id).toList());
        List<LateDossier> late = new ArrayList<>();
        for (Row r : rows) {
            Optional<ProcedureView> procedure = r.procedureId() == null
                    ? Optional.empty()
                    : r.receivedAt() == null
                            ? catalog.procedure(r.procedureId())
                            : catalog.procedureAt(
                                    r.procedureId(), r.receivedAt().toLocalDate());
            Optional<AgencyView> agency = r.agencyId() == null ? Optional.empty() : catalog.agency(r.agencyId());
            long minutes = r.finishedAt() != null && r.margin() != null
                    ? Math.max(0, -r.margin())
                    : calendar.workingTimeBetween(r.originalDue(), at, r.agencyId())
                            .minutes();
            late.add(new LateDossier(
                    r.code(),
                    r.procedureCode(),
                    procedure.map(ProcedureView::name).orElse(r.procedureCode()),
                    agency.map(AgencyView::code).orElse(null),
                    agency.map(AgencyView::name).orElse(null),
                    r.receivedAt(),
                    r.originalDue(),
                    r.extendedAt() == null ? null : r.due(),
                    r.finishedAt(),
                    minutes,
                    LateDossier.inWords(minutes),
                    r.extendedAt() != null,
                    r.reason(),
                    steps(passages.getOrDefault(r.id(), List.of()), procedure, r.finishedAt() == null ? at : null)));
        }
        return late;
    }

    private Map<UUID, List<Passage>> passages(List<UUID> ids) {
        Map<UUID, List<Passage>> byDossier = new HashMap<>();
        if (ids.isEmpty()) {
            return byDossier;
        }
        jdbc.sql("""
                        select * from statistics.step_passage
                        where dossier_id = any(cast(:ids as uuid[])) order by dossier_id, version, at
                        """)
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    String verdict = rs.getString("verdict");
                    byDossier
                            .computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new ArrayList<>())
                            .add(new Passage(
                                    rs.getString("event"),
                                    rs.getInt("from_step"),
                                    rs.getInt("to_step"),
                                    time(rs, "at"),
                                    rs.getObject("step_agency_id", UUID.class),
                                    rs.getString("actor_name"),
                                    verdict == null ? null : StepVerdict.valueOf(verdict),
                                    rs.getObject("agency_id", UUID.class),
                                    time(rs, "due")));
                });
        // Same version and time: the order in which one sitting took its actions.
        byDossier
                .values()
                .forEach(list -> list.sort((a, b) -> a.at().equals(b.at())
                        ? Integer.compare(ORDER.indexOf(a.event()), ORDER.indexOf(b.event()))
                        : a.at().compareTo(b.at())));
        return byDossier;
    }

    /**
     * Replays the passages: a step runs from the passage that entered it to the one that left it; a
     * consultation from its opening to its answer. {@code openAt}: for a dossier still open, the current step
     * and unanswered consultations run until then.
     */
    private List<LateDossier.Step> steps(
            List<Passage> passages, Optional<ProcedureView> procedure, LocalDateTime openAt) {
        List<LateDossier.Step> steps = new ArrayList<>();
        Integer current = null;
        LocalDateTime entered = null;
        UUID stepAgency = null;
        Map<UUID, Passage> consultations = new LinkedHashMap<>();
        for (Passage p : passages) {
            switch (p.event()) {
                case "ConsultationOpened" -> consultations.put(p.agencyId(), p);
                case "ConsultationAnswered" -> {
                    Passage opened = consultations.remove(p.agencyId());
                    if (opened != null) {
                        steps.add(consultation(opened, p.at(), p.verdict(), p.actor()));
                    }
                }
                default -> {
                    if (current != null && p.toStep() != current) {
                        steps.add(step(procedure, current, stepAgency, entered, p.at(), p.actor(), p.verdict()));
                        current = null;
                    }
                    if (current == null && p.toStep() > 0 && !"DossierReturned".equals(p.event())) {
                        current = p.toStep();
                        entered = p.at();
                        stepAgency = p.stepAgencyId();
                    }
                }
            }
        }
        if (openAt != null) {
            if (current != null) {
                steps.add(step(procedure, current, stepAgency, entered, openAt, null, null));
            }
            consultations.values().forEach(c -> steps.add(consultation(c, openAt, null, null)));
        }
        return steps;
    }

    private LateDossier.Step step(
            Optional<ProcedureView> procedure,
            int order,
            UUID agencyId,
            LocalDateTime from,
            LocalDateTime to,
            String heldBy,
            StepVerdict verdict) {
        Optional<WorkflowStepView> step = procedure.flatMap(
                p -> p.steps().stream().filter(s -> s.order() == order).findFirst());
        BigDecimal budget = step.map(WorkflowStepView::budgetDays).orElse(null);
        BigDecimal used = days(from, to, agencyId);
        boolean overran = verdict == StepVerdict.LATE || (budget != null && used.compareTo(budget) > 0);
        return new LateDossier.Step(
                order,
                step.map(WorkflowStepView::name).orElse("Bước " + order),
                agencyName(agencyId),
                heldBy,
                from,
                to,
                budget,
                used,
                verdict,
                overran,
                false);
    }

    private LateDossier.Step consultation(Passage opened, LocalDateTime to, StepVerdict verdict, String heldBy) {
        boolean overran = verdict == StepVerdict.LATE || (opened.due() != null && to.isAfter(opened.due()));
        return new LateDossier.Step(
                opened.fromStep(),
                "Lấy ý kiến phối hợp",
                agencyName(opened.agencyId()),
                heldBy,
                opened.at(),
                to,
                null,
                days(opened.at(), to, opened.agencyId()),
                verdict,
                overran,
                true);
    }

    private BigDecimal days(LocalDateTime from, LocalDateTime to, UUID agencyId) {
        if (from == null || to == null || to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        long minutes = calendar.workingTimeBetween(from, to, agencyId).minutes();
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(Figures.MINUTES_PER_WORKING_DAY), 2, RoundingMode.HALF_UP);
    }

    private String agencyName(UUID agencyId) {
        return agencyId == null
                ? null
                : catalog.agency(agencyId).map(AgencyView::name).orElse(null);
    }

    private static LocalDateTime time(ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
