package org.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierApproved;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierForwarded;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierRefused;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.DossierSubmitted;
import org.motcua.dossier.DossierEvents.PaymentRequested;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The dossier aggregate. Every action checks the {@link DossierStatus} table, changes the dossier, registers
 * an event and returns the {@link Transition} that becomes its history row. Deadlines are computed by the
 * caller with the working calendar and handed in: the aggregate only knows which deadline rules apply.
 * Times are Vietnam local time.
 */
public class Dossier extends AbstractAggregateRoot<Dossier> {

    /** How the dossier reached the center (law: counter, online, public postal service). */
    public enum Channel {
        COUNTER,
        ONLINE,
        POSTAL
    }

    /** How the applicant receives the result. */
    public enum DeliveryMethod {
        COUNTER,
        POSTAL,
        ELECTRONIC
    }

    /** Whether the dossier ended with the requested result or with a written refusal. */
    public enum Outcome {
        GRANTED,
        REJECTED
    }

    private final UUID id;

    private String code;
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
    private int extensions;
    private int supplementRequests;
    private boolean fourOnSite;
    private boolean lienThong;
    private Outcome outcome;
    private Long paymentDueVnd;
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
    public static Dossier submit(Application a, LocalDateTime at) {
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
        d.lienThong = a.lienThong();
        d.registerEvent(new DossierSubmitted(d.id, null, d.procedureId, at));
        return d;
    }

    // ---- reception -------------------------------------------------------------------------------

    /**
     * Accepts the dossier as complete: it gets its code and its appointment (no receipt without one).
     *
     * @param firstStepDue due time of the first workflow step (the one-stop desk's hand-over)
     */
    public Transition receive(
            DossierCode code,
            UUID receivingCenterId,
            LocalDateTime at,
            LocalDateTime appointment,
            int firstStep,
            UUID firstStepAgencyId,
            LocalDateTime firstStepDue,
            Actor actor) {
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
        enterStep(firstStep, firstStepAgencyId, at, firstStepDue);
        this.status = DossierStatus.RECEIVED;
        registerEvent(new DossierReceived(
                id, this.code, procedureId, receivingCenterId, competentAgencyId, channel.name(), at, appointment));
        return record(DossierAction.RECEIVE, from, null, at, null, actor, null);
    }

    /**
     * Asks for missing or incorrect papers. Before receipt this is the desk's answer to an incomplete
     * dossier; after receipt it may happen once (a second request counts as late in the national index).
     */
    public Transition requestSupplement(String listOfIssues, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.REQUEST_SUPPLEMENT);
        if (listOfIssues == null || listOfIssues.isBlank()) {
            throw DomainException.unprocessable("dossier.supplement_issues_required");
        }
        if (from.isReceived()) {
            if (supplementRequests > 0) {
                throw DomainException.unprocessable("dossier.supplement_already_requested");
            }
            supplementRequests++;
            pausedAt = at;
        }
        status = from.after(DossierAction.REQUEST_SUPPLEMENT).orElseThrow();
        registerEvent(new SupplementRequested(id, code, !from.isReceived(), at));
        return record(DossierAction.REQUEST_SUPPLEMENT, from, currentStep, at, null, actor, listOfIssues);
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
            Actor actor) {
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
        registerEvent(new SupplementSubmitted(id, code, at, dueAt));
        return record(DossierAction.SUBMIT_SUPPLEMENT, from, currentStep, at, null, actor, null);
    }

    /** Refuses at reception, with reasons (REFUSAL form). */
    public Transition refuse(String reasons, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.REFUSE);
        requireText(reasons, "dossier.reasons_required");
        status = DossierStatus.REFUSED;
        finishedAt = at;
        registerEvent(new DossierRefused(id, code, at));
        return record(DossierAction.REFUSE, from, null, at, null, actor, reasons);
    }

    // ---- processing ------------------------------------------------------------------------------

    public Transition assign(UUID specialistId, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.ASSIGN);
        this.assigneeId = specialistId;
        return record(DossierAction.ASSIGN, from, currentStep, at, null, actor, null);
    }

    /** Hands the dossier to a later step; the verdict of the step just finished goes into the history. */
    public Transition forward(int toStep, UUID toAgencyId, LocalDateTime toStepDue, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.FORWARD);
        if (currentStep != null && toStep <= currentStep) {
            throw DomainException.unprocessable("dossier.step_not_ahead", toStep, currentStep);
        }
        Integer fromStep = currentStep;
        StepVerdict verdict = stepVerdict(at);
        enterStep(toStep, toAgencyId, at, toStepDue);
        status = DossierStatus.IN_PROGRESS;
        registerEvent(new DossierForwarded(id, code, toStep, toAgencyId, at));
        return record(DossierAction.FORWARD, from, fromStep, at, verdict, actor, null);
    }

    public Transition sendBack(
            int toStep, UUID toAgencyId, LocalDateTime toStepDue, String reason, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.SEND_BACK);
        requireText(reason, "dossier.reason_required");
        if (currentStep == null || toStep >= currentStep) {
            throw DomainException.unprocessable("dossier.step_not_behind", toStep, currentStep);
        }
        Integer fromStep = currentStep;
        StepVerdict verdict = stepVerdict(at);
        enterStep(toStep, toAgencyId, at, toStepDue);
        return record(DossierAction.SEND_BACK, from, fromStep, at, verdict, actor, reason);
    }

    /** Opens a liên thông sub-task at another agency, with its own due time; the dossier waits for it. */
    public Transition consult(UUID agencyId, String question, LocalDateTime due, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.CONSULT);
        requireText(question, "dossier.question_required");
        consultations.add(Consultation.open(agencyId, question, at, due));
        lienThong = true;
        status = DossierStatus.CONSULTING;
        registerEvent(new ConsultationOpened(id, code, agencyId, due, at));
        return record(DossierAction.CONSULT, from, currentStep, at, null, actor, question);
    }

    /** An agency's answer; when the last open consultation is answered the dossier returns to its step. */
    public Transition answer(UUID agencyId, String answer, LocalDateTime at, Actor actor) {
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
        if (consultations.stream().noneMatch(Consultation::isOpen)) {
            status = DossierStatus.IN_PROGRESS;
        }
        return record(DossierAction.ANSWER, from, currentStep, at, StepVerdict.of(at, answered.dueAt()), actor, answer);
    }

    public Transition approve(LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.APPROVE);
        StepVerdict verdict = stepVerdict(at);
        status = DossierStatus.APPROVED;
        registerEvent(new DossierApproved(id, code, at));
        return record(DossierAction.APPROVE, from, currentStep, at, verdict, actor, null);
    }

    /** Not qualified: the dossier ends with a written refusal, which is returned like a result. */
    public Transition reject(String reasons, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.REJECT);
        requireText(reasons, "dossier.reasons_required");
        return finish(DossierAction.REJECT, from, Outcome.REJECTED, at, actor, reasons);
    }

    /** The result is ready: processing ends here, and the early/on-time/late verdict is final. */
    public Transition resolve(LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.RESOLVE);
        return finish(DossierAction.RESOLVE, from, Outcome.GRANTED, at, actor, null);
    }

    private Transition finish(
            DossierAction action, DossierStatus from, Outcome outcome, LocalDateTime at, Actor actor, String note) {
        StepVerdict stepVerdict = stepVerdict(at);
        this.outcome = outcome;
        this.finishedAt = at;
        status = DossierStatus.RESOLVED;
        registerEvent(new DossierResolved(id, code, outcome == Outcome.REJECTED, verdict(), at));
        return record(action, from, currentStep, at, stepVerdict, actor, note);
    }

    public Transition requestPayment(long amountVnd, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.REQUEST_PAYMENT);
        if (amountVnd <= 0) {
            throw DomainException.unprocessable("dossier.payment_amount_invalid");
        }
        paymentDueVnd = amountVnd;
        pausedAt = at;
        status = DossierStatus.AWAITING_PAYMENT;
        registerEvent(new PaymentRequested(id, code, amountVnd, at));
        return record(DossierAction.REQUEST_PAYMENT, from, currentStep, at, null, actor, null);
    }

    /** The obligation is paid: the wait counts as a pause, so the appointment moves by it. */
    public Transition confirmPayment(LocalDateTime at, LocalDateTime newAppointment, Actor actor) {
        DossierStatus from = check(DossierAction.CONFIRM_PAYMENT);
        pauses.add(new PauseInterval(pausedAt, at, PauseInterval.Kind.FINANCIAL_OBLIGATION));
        pausedAt = null;
        if (newAppointment != null) {
            dueAt = newAppointment;
            originalDueAt = newAppointment;
        }
        status = DossierStatus.APPROVED;
        return record(DossierAction.CONFIRM_PAYMENT, from, currentStep, at, null, actor, null);
    }

    /**
     * Apologises and sets a new appointment, once (law). It must be issued no later than one working day
     * before the due time ({@code aDayBeforeDue}: at least one working day left, from the calendar) unless
     * the officer flags a late apology. The statistical due date stays the original: a dossier finished
     * after it is late.
     */
    public Transition extend(
            LocalDateTime newAppointment,
            String reason,
            boolean lateApology,
            boolean aDayBeforeDue,
            LocalDateTime at,
            Actor actor) {
        DossierStatus from = check(DossierAction.EXTEND);
        requireText(reason, "dossier.reason_required");
        if (extensions > 0) {
            throw DomainException.unprocessable("dossier.already_extended");
        }
        if (newAppointment == null || !newAppointment.isAfter(dueAt)) {
            throw DomainException.unprocessable("dossier.extension_not_later");
        }
        if (!lateApology && !aDayBeforeDue) {
            throw DomainException.unprocessable("dossier.apology_too_late");
        }
        LocalDateTime previous = dueAt;
        dueAt = newAppointment;
        extensions++;
        registerEvent(new DossierExtended(id, code, previous, newAppointment, at));
        return record(DossierAction.EXTEND, from, currentStep, at, null, actor, reason);
    }

    // ---- return and end --------------------------------------------------------------------------

    public Transition returnResult(String recipient, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.RETURN_RESULT);
        requireText(recipient, "dossier.recipient_required");
        returnedAt = at;
        returnedTo = recipient;
        status = DossierStatus.RETURNED;
        registerEvent(new DossierReturned(id, code, deliveryMethod.name(), at));
        return record(DossierAction.RETURN_RESULT, from, currentStep, at, null, actor, recipient);
    }

    /** The applicant asks to stop: before receipt the dossier simply ends; after it the agency must stop it. */
    public Transition withdraw(String reason, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.WITHDRAW);
        status = from.after(DossierAction.WITHDRAW).orElseThrow();
        if (status == DossierStatus.STOPPED) {
            finishedAt = at;
            registerEvent(new DossierStopped(id, code, true, at));
        }
        return record(DossierAction.WITHDRAW, from, currentStep, at, null, actor, reason);
    }

    /** The agency stops processing (STOP_NOTICE), after a withdrawal request or an unanswered supplement. */
    public Transition stop(String reason, LocalDateTime at, Actor actor) {
        DossierStatus from = check(DossierAction.STOP);
        requireText(reason, "dossier.reason_required");
        if (pausedAt != null) {
            pauses.add(new PauseInterval(pausedAt, at, PauseInterval.Kind.SUPPLEMENT));
            pausedAt = null;
        }
        status = DossierStatus.STOPPED;
        finishedAt = at;
        registerEvent(new DossierStopped(id, code, from == DossierStatus.WITHDRAWAL_REQUESTED, at));
        return record(DossierAction.STOP, from, currentStep, at, null, actor, reason);
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

    private void enterStep(int step, UUID agencyId, LocalDateTime at, LocalDateTime due) {
        currentStep = step;
        currentStepAgencyId = agencyId;
        stepStartedAt = at;
        stepDueAt = due;
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
            Actor actor,
            String note) {
        Transition t = new Transition(action, from, status, fromStep, currentStep, at, dueAt, verdict, note);
        transitions.add(t);
        return t;
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
        c.put("extensions", extensions);
        c.put("supplement_requests", supplementRequests);
        c.put("four_on_site", fourOnSite);
        c.put("lien_thong", lienThong);
        c.put("outcome", outcome == null ? null : outcome.name());
        c.put("payment_due_vnd", paymentDueVnd);
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
        d.extensions = rs.getInt("extensions");
        d.supplementRequests = rs.getInt("supplement_requests");
        d.fourOnSite = rs.getBoolean("four_on_site");
        d.lienThong = rs.getBoolean("lien_thong");
        d.outcome = enumOrNull(Outcome.class, rs.getString("outcome"));
        d.paymentDueVnd = rs.getObject("payment_due_vnd", Long.class);
        d.appointmentExplanationVi = rs.getString("appointment_explanation_vi");
        d.appointmentExplanationEn = rs.getString("appointment_explanation_en");
        d.markStored();
        return d;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** After a save: the new version; the events have been published. */
    void saved(long newVersion) {
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
    int storedDocuments() {
        return storedDocuments;
    }

    /** Position of the first pause not yet stored (pauses are only ever added). */
    int storedPauses() {
        return storedPauses;
    }

    /** Whether the consultation at this position is new or changed (answered) since it was stored. */
    boolean consultationChanged(int position) {
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
