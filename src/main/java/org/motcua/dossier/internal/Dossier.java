package org.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.motcua.catalog.Channel;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Consultation;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCode;
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
import org.motcua.dossier.HandOver;
import org.motcua.dossier.InvalidTransitionException;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.PauseInterval;
import org.motcua.dossier.RegisteredCapital;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.Timeliness;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vnd;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The dossier aggregate. Every action checks the {@link DossierStatus} table, changes the dossier, registers
 * an event and returns the {@link Transition} that becomes its history row. Deadlines are computed by the
 * caller with the working calendar and handed in: the aggregate only knows which deadline rules apply.
 * Times are Vietnam local time.
 */
public class Dossier extends AbstractAggregateRoot<Dossier> {

    private final UUID id;

    private String code;
    private String reference;
    private String procedureCode;
    private String procedureNationalCode;
    private String fieldCode;
    private final UUID procedureId;
    private final UUID procedureVersionId;
    private final String procedureName;
    private String ruleSet;
    private final Channel channel;
    private UUID receivingCenterId;
    private final UUID competentAgencyId;
    private final UUID applicantAccountId;

    private Applicant applicant;

    private final String summary;
    private final DeliveryMethod deliveryMethod;
    private final String deliveryAddress;
    private DossierStatus status;
    private Integer currentStep;
    private UUID currentStepAgencyId;
    private UUID assigneeId;
    private LocalDateTime stepStartedAt;
    private LocalDateTime stepDueAt;
    private final LocalDateTime submittedAt;
    private LocalDateTime receivedAt;
    private LocalDateTime dueAt;
    private LocalDateTime originalDueAt;
    private LocalDateTime pausedAt;
    private LocalDateTime finishedAt;
    private LocalDateTime returnedAt;
    private String returnedTo;
    private HandOver handOver;
    private int extensions;
    private int supplementRequests;
    private boolean fourOnSite;
    private boolean lienThong;
    private Outcome outcome;
    private Long paymentDueVnd;
    /** What the result registers (enterprise and investment procedures), recorded at resolve. */
    private RegisteredCapital capital;

    private String appointmentExplanationVi;
    private String appointmentExplanationEn;

    private List<SubmittedDocument> documents;

    private List<PauseInterval> pauses;

    private List<Consultation> consultations;

    private Long version;

    // The collections as last read or written: a save writes only what was added or changed since.
    private int storedDocuments;
    private int storedPauses;
    private List<Consultation> storedConsultations = List.of();

    private final List<Transition> transitions = new ArrayList<>();

    /** What a new dossier is made of, whichever way it arrives. */
    public record Application(
            String reference,
            UUID procedureId,
            String procedureCode,
            String procedureNationalCode,
            String fieldCode,
            UUID procedureVersionId,
            String procedureName,
            String ruleSet,
            Channel channel,
            UUID receivingCenterId,
            UUID competentAgencyId,
            UUID applicantAccountId,
            Applicant applicant,
            String summary,
            DeliveryMethod deliveryMethod,
            String deliveryAddress,
            List<SubmittedDocument> documents,
            boolean lienThong) {}

    Dossier(
            UUID id,
            String code,
            UUID procedureId,
            UUID procedureVersionId,
            String procedureName,
            String ruleSet,
            Channel channel,
            UUID receivingCenterId,
            UUID competentAgencyId,
            UUID applicantAccountId,
            Applicant applicant,
            String summary,
            DeliveryMethod deliveryMethod,
            String deliveryAddress,
            DossierStatus status,
            LocalDateTime submittedAt,
            List<SubmittedDocument> documents,
            List<PauseInterval> pauses,
            List<Consultation> consultations,
            Long version) {
        this.id = id;
        this.code = code;
        this.procedureId = procedureId;
        this.procedureVersionId = procedureVersionId;
        this.procedureName = procedureName;
        this.ruleSet = ruleSet;
        this.channel = channel;
        this.receivingCenterId = receivingCenterId;
        this.competentAgencyId = competentAgencyId;
        this.applicantAccountId = applicantAccountId;
        this.applicant = applicant;
        this.summary = summary;
        this.deliveryMethod = deliveryMethod;
        this.deliveryAddress = deliveryAddress;
        this.status = status;
        this.submittedAt = submittedAt;
        this.documents = new ArrayList<>(documents);
        this.pauses = new ArrayList<>(pauses);
        this.consultations = new ArrayList<>(consultations);
        this.version = version;
    }

    /** A new dossier as submitted (online: status NEW, no code yet; counter/post: received next). */
    public static Dossier submit(Application a, LocalDateTime at, ActedBy actor) {
        Dossier d = new Dossier(
                UUID.randomUUID(),
                null,
                a.procedureId(),
                a.procedureVersionId(),
                a.procedureName(),
                a.ruleSet(),
                a.channel(),
                a.receivingCenterId(),
                a.competentAgencyId(),
                a.applicantAccountId(),
                a.applicant(),
                a.summary(),
                a.deliveryMethod(),
                // An address only for the post: a form left with one while choosing the counter must not
                // print it as where the result is collected.
                a.deliveryMethod() == DeliveryMethod.POSTAL ? a.deliveryAddress() : null,
                DossierStatus.NEW,
                at,
                a.documents(),
                List.of(),
                List.of(),
                null);
        d.reference = a.reference();
        d.procedureCode = a.procedureCode();
        d.procedureNationalCode = a.procedureNationalCode();
        d.fieldCode = a.fieldCode();
        d.lienThong = a.lienThong();
        d.registerEvent(new DossierSubmitted(d.facts(DossierStatus.NEW, null, at, actor)));
        return d;
    }

    // ---- reception -------------------------------------------------------------------------------

    /** Accepts the dossier as complete: it gets its code and its appointment (no receipt without one). */
    public Transition receive(
            DossierCode code,
            UUID receivingCenterId,
            LocalDateTime at,
            LocalDateTime appointment,
            StepEntry firstStep,
            ActedBy actor) {
        DossierStatus from = check(DossierAction.RECEIVE);
        if (appointment == null) {
            throw DomainException.unprocessable("dossier.appointment_required");
        }
        this.code = code.toString();
        this.receivingCenterId = receivingCenterId;
        this.receivedAt = at;
        // The rules in force on the day of receipt govern the dossier for its whole life.
        this.ruleSet = RuleSet.at(at.toLocalDate());
        this.dueAt = appointment;
        this.originalDueAt = appointment;
        enterStep(firstStep, at);
        this.status = DossierStatus.RECEIVED;
        return record(DossierAction.RECEIVE, from, null, at, null, actor, null, DossierReceived::new);
    }

    /**
     * Asks for missing or incorrect papers. Before receipt this is the desk's answer to an incomplete
     * dossier; after receipt it may happen once (a second request counts as late in the national index).
     */
    public Transition requestSupplement(String listOfIssues, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.REQUEST_SUPPLEMENT);
        requireText(listOfIssues, "dossier.supplement_issues_required");
        if (from.isReceived()) {
            if (supplementRequests > 0) {
                throw DomainException.unprocessable("dossier.supplement_already_requested");
            }
            supplementRequests++;
            pausedAt = at;
        }
        status = from.after(DossierAction.REQUEST_SUPPLEMENT).orElseThrow();
        return record(
                DossierAction.REQUEST_SUPPLEMENT,
                from,
                currentStep,
                at,
                null,
                actor,
                listOfIssues,
                f -> new SupplementRequested(f, !from.isReceived(), listOfIssues));
    }

    /**
     * The applicant's supplement. After receipt the pause ends and, under the restart rule, the new
     * appointment counts again from zero (computed by the caller and handed in); before receipt the
     * dossier simply waits for acceptance again.
     */
    public Transition submitSupplement(
            List<SubmittedDocument> added,
            LocalDateTime at,
            LocalDateTime newAppointment,
            LocalDateTime stepDue,
            ActedBy actor) {
        DossierStatus from = check(DossierAction.SUBMIT_SUPPLEMENT);
        documents.addAll(added);
        if (from == DossierStatus.SUPPLEMENT_REQUESTED) {
            pauses.add(new PauseInterval(pausedAt, at, PauseInterval.Kind.SUPPLEMENT));
            pausedAt = null;
            if (newAppointment != null) {
                // A legal recount, not an extension: the statistical due date moves with it.
                dueAt = newAppointment;
                originalDueAt = newAppointment;
            }
            stepStartedAt = at;
            stepDueAt = stepDue;
        }
        status = from.after(DossierAction.SUBMIT_SUPPLEMENT).orElseThrow();
        return record(
                DossierAction.SUBMIT_SUPPLEMENT,
                from,
                currentStep,
                at,
                null,
                actor,
                null,
                f -> new SupplementSubmitted(f, added.size()));
    }

    /** Refuses at reception, with reasons (REFUSAL form). */
    public Transition refuse(String reasons, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.REFUSE);
        requireText(reasons, "dossier.reasons_required");
        status = DossierStatus.REFUSED;
        finishedAt = at;
        return record(DossierAction.REFUSE, from, null, at, null, actor, reasons, f -> new DossierRefused(f, reasons));
    }

    // ---- processing ------------------------------------------------------------------------------

    public Transition assign(UUID officerId, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.ASSIGN);
        this.assigneeId = officerId;
        return record(
                DossierAction.ASSIGN, from, currentStep, at, null, actor, null, f -> new DossierAssigned(f, officerId));
    }

    /** Hands the dossier to a later step; the verdict of the step just finished goes into the history. */
    public Transition forward(StepEntry next, String note, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.FORWARD);
        if (currentStep != null && next.order() <= currentStep) {
            throw DomainException.unprocessable("dossier.step_not_ahead", next.order(), currentStep);
        }
        Integer fromStep = currentStep;
        StepVerdict verdict = stepVerdict(at);
        enterStep(next, at);
        status = DossierStatus.IN_PROGRESS;
        return record(
                DossierAction.FORWARD,
                from,
                fromStep,
                at,
                verdict,
                actor,
                note,
                f -> new DossierForwarded(f, verdict, note));
    }

    public Transition sendBack(StepEntry back, String reason, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.SEND_BACK);
        requireText(reason, "dossier.reason_required");
        if (currentStep == null || back.order() >= currentStep) {
            throw DomainException.unprocessable("dossier.step_not_behind", back.order(), currentStep);
        }
        Integer fromStep = currentStep;
        StepVerdict verdict = stepVerdict(at);
        enterStep(back, at);
        status = from.after(DossierAction.SEND_BACK).orElseThrow();
        return record(
                DossierAction.SEND_BACK,
                from,
                fromStep,
                at,
                verdict,
                actor,
                reason,
                f -> new DossierSentBack(f, verdict, reason));
    }

    /** Opens a liên thông sub-task at another agency, with its own due time; the dossier waits for it. */
    public Transition consult(UUID agencyId, String question, LocalDateTime due, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.CONSULT);
        requireText(question, "dossier.question_required");
        consultations.add(Consultation.open(agencyId, question, at, due));
        lienThong = true;
        status = DossierStatus.CONSULTING;
        return record(
                DossierAction.CONSULT,
                from,
                currentStep,
                at,
                null,
                actor,
                question,
                f -> new ConsultationOpened(f, agencyId, question, due));
    }

    /** An agency's answer; when the last open consultation is answered the dossier returns to its step. */
    public Transition answer(UUID agencyId, String answer, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.ANSWER);
        requireText(answer, "dossier.answer_required");
        int index = -1;
        for (int i = 0; i < consultations.size(); i++) {
            if (consultations.get(i).isOpen() && consultations.get(i).agencyId().equals(agencyId)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw DomainException.unprocessable("dossier.no_open_consultation");
        }
        Consultation answered = consultations.get(index).answer(answer, at);
        consultations.set(index, answered);
        boolean allAnswered = consultations.stream().noneMatch(Consultation::isOpen);
        if (allAnswered) {
            status = DossierStatus.IN_PROGRESS;
        }
        StepVerdict verdict = StepVerdict.of(at, answered.dueAt());
        return record(
                DossierAction.ANSWER,
                from,
                currentStep,
                at,
                verdict,
                actor,
                answer,
                f -> new ConsultationAnswered(f, agencyId, verdict, allAnswered));
    }

    public Transition approve(String note, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.APPROVE);
        StepVerdict verdict = stepVerdict(at);
        status = DossierStatus.APPROVED;
        return record(
                DossierAction.APPROVE,
                from,
                currentStep,
                at,
                verdict,
                actor,
                note,
                f -> new DossierApproved(f, verdict));
    }

    /**
     * Not qualified: the dossier ends with a written refusal, which is returned like a result.
     *
     * @param returnStep the workflow's last step (returning the result), entered now; null when the
     *     dossier is already at it
     * @param marginMinutes working minutes from now to the statistical due time (negative when late)
     */
    public Transition reject(
            String reasons, StepEntry returnStep, long marginMinutes, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.REJECT);
        requireText(reasons, "dossier.reasons_required");
        return finish(DossierAction.REJECT, from, Outcome.REJECTED, returnStep, marginMinutes, at, actor, reasons);
    }

    /** The result is ready: processing ends here, and the early/on-time/late verdict is final. */
    public Transition resolve(
            StepEntry returnStep, long marginMinutes, RegisteredCapital capital, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.RESOLVE);
        this.capital = capital;
        return finish(DossierAction.RESOLVE, from, Outcome.GRANTED, returnStep, marginMinutes, at, actor, null);
    }

    private Transition finish(
            DossierAction action,
            DossierStatus from,
            Outcome outcome,
            StepEntry returnStep,
            long marginMinutes,
            LocalDateTime at,
            ActedBy actor,
            String note) {
        Integer fromStep = currentStep;
        StepVerdict stepVerdict = stepVerdict(at);
        this.outcome = outcome;
        this.finishedAt = at;
        if (returnStep != null && (currentStep == null || returnStep.order() > currentStep)) {
            // The result goes to the workflow's last step, whose budget and verdict count like any other's.
            enterStep(returnStep, at);
        }
        status = DossierStatus.RESOLVED;
        Timeliness timeliness = new Timeliness(verdict(), marginMinutes);
        return record(
                action,
                from,
                fromStep,
                at,
                stepVerdict,
                actor,
                note,
                f -> new DossierResolved(f, outcome, timeliness, note, capital));
    }

    public Transition requestPayment(Vnd amount, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.REQUEST_PAYMENT);
        if (amount == null || amount.isZero()) {
            throw DomainException.unprocessable("dossier.payment_amount_invalid");
        }
        paymentDueVnd = amount.dong();
        pausedAt = at;
        status = DossierStatus.AWAITING_PAYMENT;
        return record(
                DossierAction.REQUEST_PAYMENT,
                from,
                currentStep,
                at,
                null,
                actor,
                null,
                f -> new PaymentRequested(f, amount));
    }

    /** The obligation is paid: the wait counts as a pause, so the appointment moves by it. */
    public Transition confirmPayment(LocalDateTime at, LocalDateTime newAppointment, ActedBy actor) {
        DossierStatus from = check(DossierAction.CONFIRM_PAYMENT);
        pauses.add(new PauseInterval(pausedAt, at, PauseInterval.Kind.FINANCIAL_OBLIGATION));
        pausedAt = null;
        if (newAppointment != null) {
            dueAt = newAppointment;
            originalDueAt = newAppointment;
        }
        status = DossierStatus.APPROVED;
        Vnd paid = Vnd.of(paymentDueVnd);
        return record(
                DossierAction.CONFIRM_PAYMENT,
                from,
                currentStep,
                at,
                null,
                actor,
                null,
                f -> new PaymentConfirmed(f, paid));
    }

    /**
     * Apologises and sets a new appointment, once (law). It must be issued no later than one working day
     * before the due time ({@code aDayBeforeDue}: at least one working day left, from the calendar) unless
     * the officer flags a late apology; the new appointment must be later than the current one and in
     * working time ({@code inWorkingTime}, from the calendar). The statistical due date stays the original:
     * a dossier finished after it is late.
     */
    public Transition extend(
            LocalDateTime newAppointment,
            String reason,
            boolean lateApology,
            boolean aDayBeforeDue,
            boolean inWorkingTime,
            LocalDateTime at,
            ActedBy actor) {
        DossierStatus from = check(DossierAction.EXTEND);
        requireText(reason, "dossier.reason_required");
        if (extensions > 0) {
            throw DomainException.unprocessable("dossier.already_extended");
        }
        if (newAppointment == null || !newAppointment.isAfter(dueAt)) {
            throw DomainException.unprocessable("dossier.extension_not_later");
        }
        if (!inWorkingTime) {
            throw DomainException.unprocessable("dossier.extension_outside_working_time");
        }
        if (!lateApology && !aDayBeforeDue) {
            throw DomainException.unprocessable("dossier.apology_too_late");
        }
        LocalDateTime previous = dueAt;
        dueAt = newAppointment;
        extensions++;
        // The explanation must explain the date in force: the calculation, then the extension that moved it.
        appointmentExplanationVi = appendLine(
                appointmentExplanationVi,
                "Gia hạn (văn bản xin lỗi ngày " + VN_DATE_TIME.format(at) + "): hẹn trả mới "
                        + VN_DATE_TIME.format(newAppointment) + " thay cho " + VN_DATE_TIME.format(previous)
                        + ". Lý do: " + reason);
        appointmentExplanationEn = appendLine(
                appointmentExplanationEn,
                "Extended (apology of " + VN_DATE_TIME.format(at) + "): new appointment "
                        + VN_DATE_TIME.format(newAppointment) + " instead of " + VN_DATE_TIME.format(previous)
                        + ". Reason: " + reason);
        return record(
                DossierAction.EXTEND,
                from,
                currentStep,
                at,
                null,
                actor,
                reason,
                f -> new DossierExtended(f, previous, reason, lateApology));
    }

    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private static String appendLine(String text, String line) {
        return text == null || text.isEmpty() ? line : text + "\n" + line;
    }

    // ---- return and end --------------------------------------------------------------------------

    /** The result reached the applicant; the return step's verdict goes into the history. */
    public Transition returnResult(HandOver handOver, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.RETURN_RESULT);
        if (handOver == null || handOver.method() != deliveryMethod) {
            throw DomainException.unprocessable("dossier.hand_over_method", deliveryMethod);
        }
        String recipient = handOver.describe(applicant == null ? null : applicant.name());
        StepVerdict verdict = stepVerdict(at);
        returnedAt = at;
        returnedTo = recipient;
        this.handOver = handOver;
        status = DossierStatus.RETURNED;
        return record(
                DossierAction.RETURN_RESULT,
                from,
                currentStep,
                at,
                verdict,
                actor,
                recipient,
                f -> new DossierReturned(f, handOver));
    }

    /** The applicant asks to stop: before receipt the dossier simply ends; after it the agency must stop it. */
    public Transition withdraw(String reason, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.WITHDRAW);
        status = from.after(DossierAction.WITHDRAW).orElseThrow();
        if (status == DossierStatus.STOPPED) {
            finishedAt = at;
            return record(
                    DossierAction.WITHDRAW,
                    from,
                    currentStep,
                    at,
                    null,
                    actor,
                    reason,
                    f -> new DossierStopped(f, true, reason));
        }
        return record(
                DossierAction.WITHDRAW,
                from,
                currentStep,
                at,
                null,
                actor,
                reason,
                f -> new WithdrawalRequested(f, reason));
    }

    /** The agency stops processing (STOP_NOTICE), after a withdrawal request or an unanswered supplement. */
    public Transition stop(String reason, LocalDateTime at, ActedBy actor) {
        DossierStatus from = check(DossierAction.STOP);
        requireText(reason, "dossier.reason_required");
        if (pausedAt != null) {
            pauses.add(new PauseInterval(pausedAt, at, PauseInterval.Kind.SUPPLEMENT));
            pausedAt = null;
        }
        status = DossierStatus.STOPPED;
        finishedAt = at;
        boolean withdrawn = from == DossierStatus.WITHDRAWAL_REQUESTED;
        return record(
                DossierAction.STOP,
                from,
                currentStep,
                at,
                null,
                actor,
                reason,
                f -> new DossierStopped(f, withdrawn, reason));
    }

    /**
     * Keeps how the appointment in force was computed (skipped days, pauses, rule), one line per step, so
     * it can be shown later even if the calendar changes.
     */
    public void explainAppointment(List<String> vietnamese, List<String> english) {
        this.appointmentExplanationVi = String.join("\n", vietnamese);
        this.appointmentExplanationEn = String.join("\n", english);
    }

    public List<String> appointmentExplanation(boolean english) {
        String text = english ? appointmentExplanationEn : appointmentExplanationVi;
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Marks a dossier received, appraised, approved and returned at the center in one sitting. */
    public void markFourOnSite() {
        this.fourOnSite = true;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private DossierStatus check(DossierAction action) {
        if (!status.allowedActions().contains(action)) {
            throw new InvalidTransitionException(status, action);
        }
        return status;
    }

    private void enterStep(StepEntry step, LocalDateTime at) {
        currentStep = step.order();
        currentStepAgencyId = step.agencyId();
        stepStartedAt = at;
        stepDueAt = step.due();
        assigneeId = null;
    }

    private StepVerdict stepVerdict(LocalDateTime at) {
        return stepDueAt == null ? null : StepVerdict.of(at, stepDueAt);
    }

    private static void requireText(String text, String code) {
        if (text == null || text.isBlank()) {
            throw DomainException.unprocessable(code);
        }
    }

    private Transition record(
            DossierAction action,
            DossierStatus from,
            Integer fromStep,
            LocalDateTime at,
            StepVerdict verdict,
            ActedBy actor,
            String note,
            Function<DossierFacts, DossierEvent> event) {
        Transition t = new Transition(action, from, status, fromStep, currentStep, at, dueAt, verdict, note);
        transitions.add(t);
        // Exactly one event per state change, made with the history row from the same facts.
        registerEvent(event.apply(facts(from, fromStep, at, actor)));
        return t;
    }

    /** The dossier as it stands now, as every event carries it, for a change from {@code from}. */
    public DossierFacts facts(DossierStatus from, Integer fromStep, LocalDateTime at, ActedBy actor) {
        return new DossierFacts(
                id,
                version == null ? 0 : version + 1,
                code,
                reference,
                procedureId,
                procedureCode,
                procedureNationalCode,
                fieldCode,
                competentAgencyId,
                receivingCenterId,
                channel,
                applicant == null ? null : applicant.type(),
                deliveryMethod,
                from,
                status,
                from.portalCode(),
                status.portalCode(),
                fromStep,
                currentStep,
                currentStepAgencyId,
                actor,
                at,
                dueAt,
                originalDueAt,
                receivedAt,
                fourOnSite,
                transitions.size());
    }

    /** The final verdict against the statistical (original) due date; empty until processing has ended. */
    public StepVerdict verdict() {
        return finishedAt == null || originalDueAt == null ? null : StepVerdict.of(finishedAt, originalDueAt);
    }

    // ---- read access -----------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** The readable reference given at submission, quoted before the dossier has its code. */
    public String reference() {
        return reference;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String procedureNationalCode() {
        return procedureNationalCode;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public HandOver handOver() {
        return handOver;
    }

    public UUID procedureId() {
        return procedureId;
    }

    public UUID procedureVersionId() {
        return procedureVersionId;
    }

    public String procedureName() {
        return procedureName;
    }

    public String ruleSet() {
        return ruleSet;
    }

    public Channel channel() {
        return channel;
    }

    public UUID receivingCenterId() {
        return receivingCenterId;
    }

    public UUID competentAgencyId() {
        return competentAgencyId;
    }

    public UUID applicantAccountId() {
        return applicantAccountId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String summary() {
        return summary;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    public String deliveryAddress() {
        return deliveryAddress;
    }

    public DossierStatus status() {
        return status;
    }

    public Integer currentStep() {
        return currentStep;
    }

    public UUID currentStepAgencyId() {
        return currentStepAgencyId;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public LocalDateTime stepStartedAt() {
        return stepStartedAt;
    }

    public LocalDateTime stepDueAt() {
        return stepDueAt;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public LocalDateTime dueAt() {
        return dueAt;
    }

    public LocalDateTime originalDueAt() {
        return originalDueAt;
    }

    public LocalDateTime pausedAt() {
        return pausedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public LocalDateTime returnedAt() {
        return returnedAt;
    }

    public String returnedTo() {
        return returnedTo;
    }

    public int extensions() {
        return extensions;
    }

    public int supplementRequests() {
        return supplementRequests;
    }

    public boolean fourOnSite() {
        return fourOnSite;
    }

    public boolean lienThong() {
        return lienThong;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Long paymentDueVnd() {
        return paymentDueVnd;
    }

    public RegisteredCapital capital() {
        return capital;
    }

    public List<SubmittedDocument> documents() {
        return List.copyOf(documents);
    }

    public List<PauseInterval> pauses() {
        return List.copyOf(pauses);
    }

    public List<Consultation> consultations() {
        return List.copyOf(consultations);
    }

    public Long version() {
        return version;
    }

    // ---- persistence (DossierRepository) ---------------------------------------------------------

    /** The columns of the dossier row, by name, as {@link DossierRepository} writes them. */
    Map<String, Object> columns() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("code", code);
        c.put("reference", reference);
        c.put("procedure_code", procedureCode);
        c.put("procedure_national_code", procedureNationalCode);
        c.put("field_code", fieldCode);
        c.put("procedure_id", procedureId);
        c.put("procedure_version_id", procedureVersionId);
        c.put("procedure_name", procedureName);
        c.put("rule_set", ruleSet);
        c.put("channel", channel.name());
        c.put("receiving_center_id", receivingCenterId);
        c.put("competent_agency_id", competentAgencyId);
        c.put("applicant_account_id", applicantAccountId);
        c.put(
                "applicant_type",
                applicant == null || applicant.type() == null
                        ? null
                        : applicant.type().name());
        c.put("applicant_name", applicant == null ? null : applicant.name());
        c.put(
                "applicant_id_type",
                applicant == null || applicant.idType() == null
                        ? null
                        : applicant.idType().name());
        c.put("applicant_id_number", applicant == null ? null : applicant.idNumber());
        c.put("applicant_date_of_birth", applicant == null ? null : applicant.dateOfBirth());
        c.put("applicant_tax_code", applicant == null ? null : applicant.taxCode());
        c.put("applicant_phone", applicant == null ? null : applicant.phone());
        c.put("applicant_email", applicant == null ? null : applicant.email());
        c.put("applicant_address", applicant == null ? null : applicant.address());
        c.put("summary", summary);
        c.put("delivery_method", deliveryMethod.name());
        c.put("delivery_address", deliveryAddress);
        c.put("status", status.name());
        c.put("current_step", currentStep);
        c.put("current_step_agency_id", currentStepAgencyId);
        c.put("assignee_id", assigneeId);
        c.put("step_started_at", stepStartedAt);
        c.put("step_due_at", stepDueAt);
        c.put("submitted_at", submittedAt);
        c.put("received_at", receivedAt);
        c.put("due_at", dueAt);
        c.put("original_due_at", originalDueAt);
        c.put("paused_at", pausedAt);
        c.put("finished_at", finishedAt);
        c.put("returned_at", returnedAt);
        c.put("returned_to", returnedTo);
        c.put("returned_recipient_name", handOver == null ? null : handOver.recipientName());
        c.put("returned_recipient_id_number", handOver == null ? null : handOver.recipientIdNumber());
        c.put("returned_relationship", handOver == null ? null : handOver.relationship());
        c.put("returned_tracking_number", handOver == null ? null : handOver.trackingNumber());
        c.put("extensions", extensions);
        c.put("supplement_requests", supplementRequests);
        c.put("four_on_site", fourOnSite);
        c.put("lien_thong", lienThong);
        c.put("outcome", outcome == null ? null : outcome.name());
        c.put("payment_due_vnd", paymentDueVnd);
        c.put("result_capital_vnd", capital == null ? null : capital.amount().dong());
        c.put("result_foreign_investor", capital == null ? null : capital.foreignInvestor());
        c.put("appointment_explanation_vi", appointmentExplanationVi);
        c.put("appointment_explanation_en", appointmentExplanationEn);
        return c;
    }

    /** A dossier as read back by {@link DossierRepository}. */
    static Dossier restore(
            ResultSet rs,
            List<SubmittedDocument> documents,
            List<PauseInterval> pauses,
            List<Consultation> consultations)
            throws SQLException {
        String applicantName = rs.getString("applicant_name");
        Applicant applicant = applicantName == null && rs.getString("applicant_type") == null
                ? null
                : new Applicant(
                        enumOrNull(Applicant.ApplicantType.class, rs.getString("applicant_type")),
                        applicantName,
                        enumOrNull(Applicant.IdType.class, rs.getString("applicant_id_type")),
                        rs.getString("applicant_id_number"),
                        rs.getObject("applicant_date_of_birth", LocalDate.class),
                        rs.getString("applicant_tax_code"),
                        rs.getString("applicant_phone"),
                        rs.getString("applicant_email"),
                        rs.getString("applicant_address"));
        Dossier d = new Dossier(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getObject("procedure_id", UUID.class),
                rs.getObject("procedure_version_id", UUID.class),
                rs.getString("procedure_name"),
                rs.getString("rule_set"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("receiving_center_id", UUID.class),
                rs.getObject("competent_agency_id", UUID.class),
                rs.getObject("applicant_account_id", UUID.class),
                applicant,
                rs.getString("summary"),
                DeliveryMethod.valueOf(rs.getString("delivery_method")),
                rs.getString("delivery_address"),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_at", LocalDateTime.class),
                documents,
                pauses,
                consultations,
                rs.getLong("version"));
        d.currentStep = (Integer) rs.getObject("current_step");
        d.currentStepAgencyId = rs.getObject("current_step_agency_id", UUID.class);
        d.assigneeId = rs.getObject("assignee_id", UUID.class);
        d.stepStartedAt = rs.getObject("step_started_at", LocalDateTime.class);
        d.stepDueAt = rs.getObject("step_due_at", LocalDateTime.class);
        d.receivedAt = rs.getObject("received_at", LocalDateTime.class);
        d.dueAt = rs.getObject("due_at", LocalDateTime.class);
        d.originalDueAt = rs.getObject("original_due_at", LocalDateTime.class);
        d.pausedAt = rs.getObject("paused_at", LocalDateTime.class);
        d.finishedAt = rs.getObject("finished_at", LocalDateTime.class);
        d.returnedAt = rs.getObject("returned_at", LocalDateTime.class);
        d.returnedTo = rs.getString("returned_to");
        d.reference = rs.getString("reference");
        d.procedureCode = rs.getString("procedure_code");
        d.procedureNationalCode = rs.getString("procedure_national_code");
        d.fieldCode = rs.getString("field_code");
        d.handOver = d.returnedAt == null
                ? null
                : new HandOver(
                        d.deliveryMethod,
                        rs.getString("returned_recipient_name"),
                        rs.getString("returned_recipient_id_number"),
                        rs.getString("returned_relationship"),
                        rs.getString("returned_tracking_number"),
                        d.returnedAt);
        d.extensions = rs.getInt("extensions");
        d.supplementRequests = rs.getInt("supplement_requests");
        d.fourOnSite = rs.getBoolean("four_on_site");
        d.lienThong = rs.getBoolean("lien_thong");
        d.outcome = enumOrNull(Outcome.class, rs.getString("outcome"));
        d.paymentDueVnd = rs.getObject("payment_due_vnd", Long.class);
        Long capital = rs.getObject("result_capital_vnd", Long.class);
        d.capital = capital == null
                ? null
                : new RegisteredCapital(Vnd.of(capital), rs.getBoolean("result_foreign_investor"));
        d.appointmentExplanationVi = rs.getString("appointment_explanation_vi");
        d.appointmentExplanationEn = rs.getString("appointment_explanation_en");
        d.markStored();
        return d;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** After a save: the new version; the events have been published. */
    public void saved(long newVersion) {
        this.version = newVersion;
        markStored();
        clearDomainEvents();
    }

    private void markStored() {
        storedDocuments = documents.size();
        storedPauses = pauses.size();
        storedConsultations = List.copyOf(consultations);
    }

    /** Position of the first document not yet stored (documents are only ever added). */
    public int storedDocuments() {
        return storedDocuments;
    }

    /** Position of the first pause not yet stored (pauses are only ever added). */
    public int storedPauses() {
        return storedPauses;
    }

    /** Whether the consultation at this position is new or changed (answered) since it was stored. */
    public boolean consultationChanged(int position) {
        return position >= storedConsultations.size()
                || !storedConsultations.get(position).equals(consultations.get(position));
    }

    /** The events registered since the dossier was loaded (published when it is saved). */
    List<Object> events() {
        return List.copyOf(domainEvents());
    }

    /** The transitions made since the dossier was loaded, oldest first (written to the history). */
    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }
}
