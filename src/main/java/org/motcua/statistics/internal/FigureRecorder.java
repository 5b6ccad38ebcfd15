package org.motcua.statistics.internal;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Channel;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierEvents.ConsultationAnswered;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierApproved;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierForwarded;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierRefused;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierSentBack;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.StepVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the statistics from the dossier events: the dossier's fact row and the daily flows. Exactly once
 * although an event may come twice (after a crash) and the events of a dossier may come in any order
 * (they are delivered asynchronously): each milestone column of the fact row is set only while it is
 * null, and the day's flow is counted only by the update that set it. The definitions of the figures
 * these feed are in {@code docs/statistics.md}.
 */
@Component
public class FigureRecorder {

    private final JdbcClient jdbc;
    private final DailyFlows daily;
    private final WorkingCalendar calendar;

    FigureRecorder(JdbcClient jdbc, DailyFlows daily, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.daily = daily;
        this.calendar = calendar;
    }

    // Only the events that change a figure: the registry stores no publication for the others (a
    // submission, an assignment, a payment asked for, a withdrawal asked for, the deadline watch's warnings).
    @ApplicationModuleListener(condition = "T(org.motcua.statistics.internal.FigureRecorder).counts(#event)")
    void on(DossierEvent event) {
        record(event);
    }

    /** Whether the event changes what the statistics keep (a milestone, a flow, a step passage, a due time). */
    public static boolean counts(DossierEvent event) {
        return switch (event) {
            case DossierReceived e -> true;
            case DossierResolved e -> true;
            case DossierStopped e -> true;
            case DossierRefused e -> true;
            case DossierReturned e -> true;
            case DossierExtended e -> true;
            case SupplementRequested e -> true;
            case SupplementSubmitted e -> true;
            case PaymentConfirmed e -> true;
            case DossierForwarded e -> true;
            case DossierSentBack e -> true;
            case DossierApproved e -> true;
            case ConsultationOpened e -> true;
            case ConsultationAnswered e -> true;
            default -> false;
        };
    }

    /** Applies one event (also the rebuild's and the import's way in); idempotent. */
    @Transactional
    public void record(DossierEvent event) {
        DossierFacts f = event.facts();
        keep(f);
        passage(event);
        switch (event) {
            case DossierReceived r -> {
                if (milestone(f, "received_at = :at, received_by = :by", "received_at")) {
                    flow(f, f.at(), Flows.received(f.deliveryMethod()));
                }
            }
            case DossierResolved r -> {
                String set = """
                        finished_at = :at, finish = 'RESOLVED', resolved_by = :by, verdict = :verdict,
                        working_minutes_margin = :margin, processing_minutes = :minutes, outcome = :outcome,
                        registered_capital_vnd = :capital, foreign_investor = :foreign""";
                long minutes = processingMinutes(f);
                Map<String, Object> values = new java.util.HashMap<>();
                values.put("verdict", r.timeliness().verdict().name());
                values.put("margin", r.timeliness().workingMinutes());
                values.put("minutes", minutes);
                values.put("outcome", r.outcome() == null ? null : r.outcome().name());
                values.put(
                        "capital",
                        r.capital() == null ? null : r.capital().amount().dong());
                values.put("foreign", r.capital() == null ? null : r.capital().foreignInvestor());
                if (milestone(f, set, "finished_at", values)) {
                    flow(f, f.at(), Flows.resolved(r.timeliness().verdict(), minutes, f.fourOnSite()));
                }
            }
            case DossierStopped s -> {
                // Stopped before receipt (a withdrawn online dossier) was never counted as received.
                if (f.receivedAt() != null
                        && milestone(
                                f,
                                "finished_at = :at, finish = :finish",
                                "finished_at",
                                Map.of("finish", s.withdrawn() ? "WITHDRAWN" : "STOPPED"))) {
                    flow(f, f.at(), Flows.stopped(s.withdrawn()));
                }
            }
            case DossierRefused r -> {
                if (milestone(f, "refused_at = :at, refused_by = :by", "refused_at")) {
                    flow(f, f.at(), Flows.refused());
                }
            }
            case DossierReturned r -> {
                boolean byPost = r.handOver() != null && r.handOver().method() == DeliveryMethod.POSTAL;
                if (milestone(
                        f, "returned_at = :at, returned_by_post = :post", "returned_at", Map.of("post", byPost))) {
                    flow(f, f.at(), Flows.returned(byPost));
                }
            }
            case DossierExtended x -> {
                if (milestone(
                        f,
                        "extended_at = :at, extension_reason = :reason, late_apology = :late",
                        "extended_at",
                        Map.of("reason", x.reason() == null ? "" : x.reason(), "late", x.lateApology()))) {
                    flow(f, f.at(), Flows.extended());
                }
            }
            case SupplementRequested s
            when !s.beforeReceipt() -> {
                if (milestone(
                        f,
                        "supplement_requested_at = :at, supplement_requested_by = :by, supplement_issues = :issues",
                        "supplement_requested_at",
                        Map.of("issues", s.issues() == null ? "" : s.issues()))) {
                    flow(f, f.at(), Flows.supplementRequested());
                }
            }
            case SupplementSubmitted s
            when f.fromStatus() == DossierStatus.SUPPLEMENT_REQUESTED ->
                milestone(f, "supplement_submitted_at = :at", "supplement_submitted_at");
            case PaymentConfirmed p -> {
                int first = jdbc.sql("""
                                insert into statistics.fee_payment (dossier_id, version, amount_vnd, paid_at)
                                values (:id, :version, :amount, :at) on conflict do nothing
                                """)
                        .param("id", f.dossierId())
                        .param("version", f.version())
                        .param("amount", p.amount().dong())
                        .param("at", f.at())
                        .update();
                if (first == 1) {
                    jdbc.sql("update statistics.dossier_fact set fees_vnd = fees_vnd + :amount where dossier_id = :id")
                            .param("amount", p.amount().dong())
                            .param("id", f.dossierId())
                            .update();
                    flow(f, f.at(), Flows.fees(p.amount().dong()));
                }
            }
            default -> {}
        }
    }

    /** Hand-overs between steps and consultations, for the delay attribution of late dossiers. */
    private void passage(DossierEvent event) {
        DossierFacts f = event.facts();
        StepVerdict verdict = null;
        UUID agency = null;
        LocalDateTime due = null;
        switch (event) {
            case DossierForwarded e -> verdict = e.stepVerdict();
            case DossierSentBack e -> verdict = e.stepVerdict();
            case DossierApproved e -> verdict = e.stepVerdict();
            case ConsultationOpened e -> {
                agency = e.consultedAgencyId();
                due = e.due();
            }
            case ConsultationAnswered e -> {
                agency = e.agencyId();
                verdict = e.answerVerdict();
            }
            case DossierReceived e -> {}
            case DossierResolved e -> verdict = e.timeliness().verdict();
            case DossierReturned e -> {}
            default -> {
                return;
            }
        }
        jdbc.sql("""
                        insert into statistics.step_passage (dossier_id, version, event, from_step, to_step, at,
                            step_agency_id, actor_name, verdict, agency_id, due)
                        values (:id, :version, :event, :from, :to, :at, :stepAgency, :actor, :verdict, :agency, :due)
                        on conflict do nothing
                        """)
                .param("id", f.dossierId())
                .param("version", f.version())
                .param("event", event.getClass().getSimpleName())
                .param("from", f.fromStep() == null ? 0 : f.fromStep())
                .param("to", f.step() == null ? 0 : f.step())
                .param("at", f.at())
                .param("stepAgency", f.stepAgencyId())
                .param("actor", f.actor() == null ? null : f.actor().name())
                .param("verdict", verdict == null ? null : verdict.name())
                .param("agency", agency)
                .param("due", due)
                .update();
    }

    /**
     * The dossier's description, as of its latest event (by version, then by the order within one save): an
     * older event delivered late changes nothing.
     */
    private void keep(DossierFacts f) {
        jdbc.sql("""
                        insert into statistics.dossier_fact as x (
                            dossier_id, code, procedure_id, procedure_code, field_code, competent_agency_id,
                            receiving_center_id, channel, applicant_type, delivery_method, status, last_version,
                            last_sequence, due_at, original_due_at, four_on_site)
                        values (:id, :code, :procedure, :procedureCode, :field, :agency, :center, :channel,
                                :applicantType, :delivery, :status, :version, :sequence, :due, :originalDue,
                                :fourOnSite)
                        on conflict (dossier_id) do update set
                            code = coalesce(excluded.code, x.code),
                            receiving_center_id = coalesce(excluded.receiving_center_id, x.receiving_center_id),
                            delivery_method = excluded.delivery_method,
                            status = excluded.status,
                            last_version = excluded.last_version,
                            due_at = coalesce(excluded.due_at, x.due_at),
                            original_due_at = coalesce(excluded.original_due_at, x.original_due_at),
                            four_on_site = x.four_on_site or excluded.four_on_site,
                            last_sequence = excluded.last_sequence
                        where (x.last_version, x.last_sequence) < (excluded.last_version, excluded.last_sequence)
                        """)
                .param("id", f.dossierId())
                .param("code", f.code())
                .param("procedure", f.procedureId())
                .param("procedureCode", f.procedureCode())
                .param("field", f.fieldCode())
                .param("agency", f.competentAgencyId())
                .param("center", f.receivingCenterId())
                .param("channel", f.channel().name())
                .param(
                        "applicantType",
                        f.applicantType() == null ? null : f.applicantType().name())
                .param(
                        "delivery",
                        f.deliveryMethod() == null ? null : f.deliveryMethod().name())
                .param("status", f.toStatus().name())
                .param("version", f.version())
                .param("sequence", f.sequence())
                .param("due", f.appointment())
                .param("originalDue", f.originalAppointment())
                .param("fourOnSite", f.fourOnSite())
                .update();
    }

    private boolean milestone(DossierFacts f, String set, String column) {
        return milestone(f, set, column, Map.of());
    }

    /** Sets a milestone of the fact row if it is not set yet; true when this call set it. */
    private boolean milestone(DossierFacts f, String set, String column, Map<String, ?> params) {
        var sql = jdbc.sql("update statistics.dossier_fact set " + set + " where dossier_id = :id and " + column
                        + " is null")
                .param("id", f.dossierId())
                .param("at", f.at());
        if (set.contains(":by")) {
            sql = sql.param("by", f.actor() == null ? null : f.actor().accountId());
        }
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return sql.update() == 1;
    }

    /** Adds to the day's flows of the dossier's center, agency, procedure, field and channel. */
    private void flow(DossierFacts f, LocalDateTime at, Map<String, Long> amounts) {
        daily.add(
                new DailyFlows.Key(
                        at.toLocalDate(),
                        f.receivingCenterId(),
                        f.competentAgencyId(),
                        f.procedureId(),
                        f.fieldCode(),
                        f.channel() == null ? Channel.COUNTER : f.channel()),
                amounts);
    }

    /** Working time from receipt to the end of processing, on the competent agency's calendar. */
    private long processingMinutes(DossierFacts f) {
        if (f.receivedAt() == null || f.at().isBefore(f.receivedAt())) {
            return 0;
        }
        return calendar.workingTimeBetween(f.receivedAt(), f.at(), f.competentAgencyId())
                .minutes();
    }
}
