package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Consultation;
import org.motcua.dossier.DossierEvents.ConsultationAnswered;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierApproved;
import org.motcua.dossier.DossierEvents.DossierAssigned;
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
import org.motcua.dossier.DossierEvents.DossierSubmitted;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.PaymentRequested;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.dossier.DossierEvents.WithdrawalRequested;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.Timeliness;
import org.motcua.shared.Vnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells a dossier's life again as the events it published, from its history rows: for a module that
 * rebuilds what it keeps from the events (the statistics). What the history does not keep is taken from
 * the dossier as it is now (its code, procedure, agencies, statistical due time, hand-over, amount to
 * pay); what neither keeps is left out (the assignee of an old assignment, the agency of a step, whether
 * an apology came late). Versions are counted along the history, as the dossier counted them.
 */
@Component
public class DossierReplay {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final DossierStore store;
    private final DossierDeadlines deadlines;

    DossierReplay(JdbcClient jdbc, DossierStore store, DossierDeadlines deadlines) {
        this.jdbc = jdbc;
        this.store = store;
        this.deadlines = deadlines;
    }

    /** Every dossier's events, dossier by dossier in id order, each dossier's in the order they happened. */
    public void replay(Consumer<DossierEvent> sink) {
        UUID after = new UUID(0, 0); // the lowest in PostgreSQL's (unsigned) order
        List<UUID> page;
        do {
            page = jdbc.sql("select id from dossier.dossier where id > :after order by id limit :page")
                    .param("after", after)
                    .param("page", PAGE)
                    .query(UUID.class)
                    .list();
            for (UUID id : page) {
                store.findById(id).ifPresent(d -> events(d).forEach(sink));
                after = id;
            }
        } while (page.size() == PAGE);
    }

    List<DossierEvent> events(Dossier d) {
        List<DossierEvent> events = new ArrayList<>();
        long version = 0;
        DossierStatus first = DossierStatus.NEW;
        events.add(new DossierSubmitted(facts(d, version, first, first, null, null, d.submittedAt(), null, null)));
        LocalDateTime previousDue = null;
        boolean withdrawing = false;
        for (DossierHistory.Entry e : store.history(d.id())) {
            Transition t = e.transition();
            DossierFacts f =
                    facts(d, ++version, t.from(), t.to(), t.fromStep(), t.toStep(), t.at(), t.dueInForce(), e.by());
            DossierEvent event = switch (t.action()) {
                case RECEIVE -> new DossierReceived(f);
                case REQUEST_SUPPLEMENT -> new SupplementRequested(f, !t.from().isReceived(), t.note());
                case SUBMIT_SUPPLEMENT -> new SupplementSubmitted(f, 0);
                case REFUSE -> new DossierRefused(f, t.note());
                case ASSIGN -> new DossierAssigned(f, null);
                case FORWARD -> new DossierForwarded(f, t.stepVerdict(), t.note());
                case SEND_BACK -> new DossierSentBack(f, t.stepVerdict(), t.note());
                case CONSULT -> {
                    Consultation c = consultation(d, t.at(), true);
                    yield new ConsultationOpened(
                            f, c == null ? null : c.agencyId(), t.note(), c == null ? null : c.dueAt());
                }
                case ANSWER -> {
                    Consultation c = consultation(d, t.at(), false);
                    yield new ConsultationAnswered(
                            f, c == null ? null : c.agencyId(), t.stepVerdict(), t.to() != DossierStatus.CONSULTING);
                }
                case REQUEST_PAYMENT -> new PaymentRequested(f, amount(d));
                case CONFIRM_PAYMENT -> new PaymentConfirmed(f, amount(d));
                case EXTEND -> new DossierExtended(f, previousDue, t.note(), false);
                case APPROVE -> new DossierApproved(f, t.stepVerdict());
                case RESOLVE, REJECT ->
                    new DossierResolved(
                            f,
                            t.action() == org.motcua.dossier.DossierAction.REJECT ? Outcome.REJECTED : Outcome.GRANTED,
                            timeliness(d, t.at()),
                            t.action() == org.motcua.dossier.DossierAction.REJECT ? t.note() : null,
                            d.capital());
                case RETURN_RESULT -> new DossierReturned(f, d.handOver());
                case WITHDRAW -> new WithdrawalRequested(f, t.note());
                case STOP ->
                    new DossierStopped(f, withdrawing || t.from() == DossierStatus.WITHDRAWAL_REQUESTED, t.note());
            };
            withdrawing |= t.action() == org.motcua.dossier.DossierAction.WITHDRAW;
            previousDue = t.dueInForce();
            events.add(event);
        }
        return events;
    }

    private DossierFacts facts(
            Dossier d,
            long version,
            DossierStatus from,
            DossierStatus to,
            Integer fromStep,
            Integer step,
            LocalDateTime at,
            LocalDateTime due,
            ActedBy by) {
        boolean received = d.receivedAt() != null && !at.isBefore(d.receivedAt());
        return new DossierFacts(
                d.id(),
                version,
                received ? d.code() : null,
                d.reference(),
                d.procedureId(),
                d.procedureCode(),
                d.procedureNationalCode(),
                d.fieldCode(),
                d.competentAgencyId(),
                d.receivingCenterId(),
                d.channel(),
                d.applicant() == null ? null : d.applicant().type(),
                d.deliveryMethod(),
                from,
                to,
                from.portalCode(),
                to.portalCode(),
                fromStep,
                step,
                null,
                by,
                at,
                received ? due : null,
                received ? d.originalDueAt() : null,
                received ? d.receivedAt() : null,
                d.fourOnSite(),
                version == 0 ? 0 : 1);
    }

    /** As the resolve handler judges it: against the statistical due time, in working minutes. */
    private Timeliness timeliness(Dossier d, LocalDateTime finished) {
        LocalDateTime due = d.originalDueAt();
        return due == null
                ? new Timeliness(StepVerdict.ON_TIME, 0)
                : new Timeliness(StepVerdict.of(finished, due), deadlines.margin(finished, due, d.competentAgencyId()));
    }

    private static Consultation consultation(Dossier d, LocalDateTime at, boolean opened) {
        return d.consultations().stream()
                .filter(c -> at.equals(opened ? c.openedAt() : c.answeredAt()))
                .findFirst()
                .orElse(null);
    }

    private static Vnd amount(Dossier d) {
        return d.paymentDueVnd() == null ? Vnd.ZERO : Vnd.of(d.paymentDueVnd());
    }
}
