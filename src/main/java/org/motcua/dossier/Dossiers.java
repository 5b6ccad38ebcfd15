package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.calendar.Deadline;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierCommands.Act;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Languages;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier module's facade: submission, every lifecycle action and the reads, each authorized by
 * role and agency, each action appending its history row in the same transaction.
 */
@Service
public class Dossiers {

    private final DossierRepository dossiers;
    private final DossierHistory history;
    private final DossierCodes codes;
    private final DossierDeadlines deadlines;
    private final DossierPermissions permissions;
    private final DossierUploads uploads;
    private final DossierForms forms;
    private final Catalog catalog;
    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    Dossiers(
            DossierRepository dossiers,
            DossierHistory history,
            DossierCodes codes,
            DossierDeadlines deadlines,
            DossierPermissions permissions,
            DossierUploads uploads,
            DossierForms forms,
            Catalog catalog,
            Users users,
            JdbcClient jdbc,
            Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.codes = codes;
        this.deadlines = deadlines;
        this.permissions = permissions;
        this.uploads = uploads;
        this.forms = forms;
        this.catalog = catalog;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- submission ------------------------------------------------------------------------------

    /**
     * Creates a dossier. Retried with the same {@code idempotencyKey} by the same person, it returns the
     * dossier the first call created instead of a second one.
     */
    @Transactional
    public DossierView submit(Submit command, CurrentUser user, String idempotencyKey, Locale locale) {
        return submit(command, List.of(), user, idempotencyKey, locale);
    }

    /** As {@link #submit(Submit, CurrentUser, String, Locale)}, with files for some of the documents. */
    @Transactional
    public DossierView submit(
            Submit command,
            List<DossierCommands.Upload> files,
            CurrentUser user,
            String idempotencyKey,
            Locale locale) {
        if (idempotencyKey != null) {
            Optional<UUID> earlier = earlierSubmission(user, idempotencyKey);
            if (earlier.isPresent()) {
                return view(dossiers.findById(earlier.get()).orElseThrow(), user, locale);
            }
        }
        ProcedureView procedure = catalog.procedure(command.procedureId())
                .orElseThrow(() -> DomainException.invalid(
                        "validation.failed", List.of(new FieldError("procedureId", "UnknownProcedure", null))));
        boolean atDesk = user.hasRole(Role.RECEPTION_OFFICER);
        List<FieldError> problems = new ArrayList<>();
        Dossier.Channel channel = command.channel() == null
                ? (atDesk ? Dossier.Channel.COUNTER : Dossier.Channel.ONLINE)
                : command.channel();
        if (!atDesk && channel != Dossier.Channel.ONLINE) {
            problems.add(new FieldError("channel", "OnlineOnly", null));
        }
        if (!procedure.channels().contains(Channel.valueOf(channel.name()))) {
            problems.add(new FieldError("channel", "ChannelNotOffered", null));
        }
        UUID center = command.receivingCenterId();
        if (center == null || catalog.agency(center).isEmpty()) {
            problems.add(new FieldError("receivingCenterId", "NotNull", null));
        } else if (!procedure.receivingCenterIds().isEmpty()
                && !procedure.receivingCenterIds().contains(center)) {
            problems.add(new FieldError("receivingCenterId", "NotReceivedHere", null));
        } else if (atDesk && !permissions.scope(user).contains(center)) {
            problems.add(new FieldError("receivingCenterId", "NotYourCenter", null));
        }
        if (command.applicant() == null) {
            problems.add(new FieldError("applicant", "NotNull", null));
        } else {
            problems.addAll(command.applicant().problems("applicant."));
        }
        Dossier.DeliveryMethod delivery =
                command.deliveryMethod() == null ? Dossier.DeliveryMethod.COUNTER : command.deliveryMethod();
        if (delivery == Dossier.DeliveryMethod.POSTAL && Text.clean(command.deliveryAddress()) == null) {
            problems.add(new FieldError("deliveryAddress", "NotBlank", null));
        }
        List<SubmittedDocument> documents = documents(command.documents(), procedure, problems, true);
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        documents = uploads.attach(documents, files);
        LocalDateTime now = now();
        Dossier dossier = Dossier.submit(
                new Dossier.Application(
                        procedure.id(),
                        procedure.versionId(),
                        procedure.name(),
                        RuleSet.at(now.toLocalDate()),
                        channel,
                        center,
                        procedure.competentAgencyId(),
                        atDesk ? null : user.id(),
                        command.applicant(),
                        Text.clean(command.summary()),
                        delivery,
                        Text.clean(command.deliveryAddress()),
                        documents,
                        !procedure.lienThongPartnerIds().isEmpty()),
                now);
        if (atDesk) {
            // A counter or postal dossier is received as it is registered: it gets its code now.
            receive(dossier, procedure, now, actor(user, center));
        }
        Dossier saved = save(dossier, actor(user, center));
        if (idempotencyKey != null) {
            remember(user, idempotencyKey, saved.id(), now);
        }
        return view(saved, user, locale);
    }

    /**
     * The papers handed in, checked against the procedure's published list. A new dossier must include
     * every mandatory paper ({@code complete}); a supplement adds only what was asked for.
     */
    private List<SubmittedDocument> documents(
            List<DocumentInput> inputs, ProcedureView procedure, List<FieldError> problems, boolean complete) {
        List<DocumentInput> given = inputs == null ? List.of() : inputs;
        List<SubmittedDocument> documents = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DocumentInput in = given.get(i);
            String name = Text.clean(in.name());
            if (in.requiredOrder() != null) {
                Optional<RequiredDocumentView> required = procedure.documents().stream()
                        .filter(r -> r.order() == in.requiredOrder())
                        .findFirst();
                if (required.isEmpty()) {
                    problems.add(new FieldError("documents[" + i + "].requiredOrder", "UnknownDocument", null));
                    continue;
                }
                name = name == null ? required.get().name() : name;
            }
            if (name == null) {
                problems.add(new FieldError("documents[" + i + "].name", "NotBlank", null));
                continue;
            }
            int quantity = in.quantity() == null ? 1 : in.quantity();
            if (quantity < 1) {
                problems.add(new FieldError("documents[" + i + "].quantity", "Positive", null));
            }
            documents.add(new SubmittedDocument(
                    in.requiredOrder(), name, in.form(), quantity, in.origin(), null, null, null, null));
        }
        // Never ask for papers beyond the published list, but every mandatory one must be there.
        for (RequiredDocumentView required : complete ? procedure.documents() : List.<RequiredDocumentView>of()) {
            if (required.mandatory()
                    && documents.stream()
                            .noneMatch(d -> Integer.valueOf(required.order()).equals(d.requiredOrder()))) {
                problems.add(new FieldError("documents", "MissingDocument", null));
                break;
            }
        }
        return documents;
    }

    // ---- actions ---------------------------------------------------------------------------------

    /** Takes {@code action} on the dossier with this code (or id, before it has a code). */
    @Transactional
    public DossierView act(String codeOrId, DossierAction action, Act request, CurrentUser user, Locale locale) {
        return act(codeOrId, action, request, List.of(), user, locale);
    }

    /**
     * As {@link #act(String, DossierAction, Act, CurrentUser, Locale)}; a supplement may bring files for
     * the papers it adds ({@code files} index {@code request.documents()}). Every file is checked before
     * any is stored.
     */
    @Transactional
    public DossierView act(
            String codeOrId,
            DossierAction action,
            Act request,
            List<DossierCommands.Upload> files,
            CurrentUser user,
            Locale locale) {
        return act(visible(codeOrId, user), action, request, files, user, locale);
    }

    /** Takes the action on a dossier already loaded (and visible to {@code user}) in this transaction. */
    private DossierView act(
            Dossier d,
            DossierAction action,
            Act request,
            List<DossierCommands.Upload> files,
            CurrentUser user,
            Locale locale) {
        if (!files.isEmpty() && action != DossierAction.SUBMIT_SUPPLEMENT) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("files", "Invalid", null)));
        }
        if (request != null && request.version() != null && !request.version().equals(d.version())) {
            throw DomainException.conflict(
                    "dossier.concurrent_update", d.status().name());
        }
        if (!d.status().allowedActions().contains(action)) {
            throw new InvalidTransitionException(d.status(), action);
        }
        ProcedureView procedure = procedureOf(d);
        permissions.check(user, d, stepRole(procedure, d), action);
        Act r = request == null ? Act.empty() : request;
        LocalDateTime now = now();
        Actor actor = actor(user, d.currentStepAgencyId() != null ? d.currentStepAgencyId() : d.receivingCenterId());
        switch (action) {
            case RECEIVE -> receive(d, procedure, now, actor);
            case REQUEST_SUPPLEMENT -> d.requestSupplement(Text.clean(r.note()), now, actor);
            case SUBMIT_SUPPLEMENT -> submitSupplement(d, procedure, r, files, now, actor);
            case REFUSE -> d.refuse(Text.clean(r.note()), now, actor);
            case ASSIGN -> d.assign(assignee(r, d), now, actor);
            case FORWARD -> {
                WorkflowStepView next = step(procedure, r.toStep() != null ? r.toStep() : nextStep(procedure, d));
                d.forward(
                        next.order(), next.responsibleAgencyId(), deadlines.stepDue(next, now, d.dueAt()), now, actor);
            }
            case SEND_BACK -> {
                if (r.toStep() == null) {
                    throw DomainException.invalid(
                            "validation.failed", List.of(new FieldError("toStep", "NotNull", null)));
                }
                WorkflowStepView back = step(procedure, r.toStep());
                d.sendBack(
                        back.order(),
                        back.responsibleAgencyId(),
                        deadlines.stepDue(back, now, d.dueAt()),
                        Text.clean(r.note()),
                        now,
                        actor);
            }
            case CONSULT -> {
                if (r.agencyId() == null || catalog.agency(r.agencyId()).isEmpty()) {
                    throw DomainException.invalid(
                            "validation.failed", List.of(new FieldError("agencyId", "UnknownAgency", null)));
                }
                BigDecimal days = r.days() == null ? BigDecimal.ONE : r.days();
                d.consult(
                        r.agencyId(),
                        Text.clean(r.note()),
                        deadlines.consultationDue(now, days, r.agencyId()),
                        now,
                        actor);
            }
            case ANSWER -> d.answer(answeringAgency(d, r, user), Text.clean(r.note()), now, actor);
            case REQUEST_PAYMENT -> d.requestPayment(r.amountVnd() == null ? 0 : r.amountVnd(), now, actor);
            case CONFIRM_PAYMENT -> {
                List<PauseInterval> pauses = new ArrayList<>(d.pauses());
                pauses.add(new PauseInterval(d.pausedAt(), now, PauseInterval.Kind.FINANCIAL_OBLIGATION));
                Deadline appointment = deadlines.appointment(procedure, d.channel(), d.receivedAt(), pauses);
                d.confirmPayment(now, appointment.due(), actor);
                d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
            }
            case EXTEND ->
                d.extend(
                        r.newAppointment(),
                        Text.clean(r.note()),
                        Boolean.TRUE.equals(r.lateApology()),
                        deadlines.aDayBeforeDue(now, d.dueAt(), d.competentAgencyId()),
                        now,
                        actor);
            case APPROVE -> d.approve(now, actor);
            case REJECT -> d.reject(Text.clean(r.note()), now, actor);
            case RESOLVE -> d.resolve(now, actor);
            case RETURN_RESULT -> d.returnResult(Text.clean(r.recipient()), now, actor);
            case WITHDRAW -> d.withdraw(Text.clean(r.note()), now, actor);
            case STOP -> d.stop(Text.clean(r.note()), now, actor);
        }
        Dossier saved = save(d, actor, Text.clean(r.signer()));
        String decision = Text.clean(r.decision());
        if (action == DossierAction.RESOLVE && decision != null && !decision.isBlank()) {
            forms.result(saved, decision, Text.clean(r.signer()), now, actor.name());
        }
        return view(saved, user, locale);
    }

    /**
     * Who took the result, as the desk records it at hand-over.
     *
     * @param recipientName at the counter: the person collecting the result
     * @param idNumber at the counter: their ID number (CCCD, CMND or passport)
     * @param relationship at the counter, when the person is not the applicant: how they relate to them
     * @param trackingNumber by post: the postal service's tracking number
     * @param version the dossier version the officer saw (stale: 409)
     */
    public record HandOver(
            String recipientName, String idNumber, String relationship, String trackingNumber, Long version) {}

    /**
     * Returns the result the way the applicant chose (counter, post, electronic) and records who received
     * it. Refused while a notified financial obligation is unpaid. Retried with the same {@code
     * submissionKey} by the same person, it answers the dossier as it is instead of a second attempt.
     */
    @Transactional
    public DossierView handOver(String codeOrId, HandOver h, CurrentUser user, String submissionKey, Locale locale) {
        Dossier d = visible(codeOrId, user);
        if (submissionKey != null) {
            Optional<UUID> earlier = earlierSubmission(user, submissionKey);
            if (earlier.isPresent() && earlier.get().equals(d.id())) {
                return view(d, user, locale);
            }
        }
        if (DossierView.fees(d.paymentDueVnd(), d.pauses()) == DossierView.Fees.UNPAID) {
            throw DomainException.unprocessable("dossier.fees_unpaid", d.paymentDueVnd());
        }
        String recipient = recipient(d, h);
        DossierView after =
                act(d, DossierAction.RETURN_RESULT, Act.handOver(recipient, h.version()), List.of(), user, locale);
        if (submissionKey != null) {
            remember(user, submissionKey, d.id(), now());
        }
        return after;
    }

    /** The hand-over as the history and the tracking book record it, checked field by field. */
    private static String recipient(Dossier d, HandOver h) {
        List<FieldError> problems = new ArrayList<>();
        String recipient;
        switch (d.deliveryMethod()) {
            case POSTAL -> {
                String number = Text.clean(h.trackingNumber());
                if (number == null) {
                    problems.add(new FieldError("trackingNumber", "NotBlank", null));
                }
                recipient = "Gửi qua bưu điện, mã vận đơn " + number;
            }
            case ELECTRONIC ->
                recipient = "Trả kết quả điện tử cho " + d.applicant().name();
            default -> {
                String name = Text.clean(h.recipientName());
                String id = Text.clean(h.idNumber()) == null
                        ? null
                        : Text.clean(h.idNumber()).toUpperCase().replace(" ", "");
                String relationship = Text.clean(h.relationship());
                if (name == null) {
                    problems.add(new FieldError("recipientName", "NotBlank", null));
                }
                if (id == null) {
                    problems.add(new FieldError("idNumber", "NotBlank", null));
                } else if (!RECIPIENT_ID.matcher(id).matches()) {
                    problems.add(new FieldError("idNumber", "IdNumber", null));
                }
                // Whoever shows the applicant's own ID number is the applicant; anyone else says who they are.
                boolean applicant = id != null && id.equals(d.applicant().idNumber());
                if (!applicant && relationship == null) {
                    problems.add(new FieldError("relationship", "NotBlank", null));
                }
                recipient = name + " (số định danh " + id
                        + (applicant ? ", người nộp hồ sơ" : ", " + relationship + " của người nộp hồ sơ") + ")";
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        return recipient;
    }

    /** CCCD (12 digits), CMND (9 digits) or passport (a letter and 7–8 digits). */
    private static final java.util.regex.Pattern RECIPIENT_ID =
            java.util.regex.Pattern.compile("\\d{12}|\\d{9}|[A-Z]\\d{7,8}");

    /**
     * "4 tại chỗ": receive, appraise, approve and return in one sitting at the center, for a procedure
     * marked eligible, by an officer at the desk who also holds the competent agency's delegated signing
     * authority (the AGENCY_LEADER role for that agency). Every step is recorded as usual.
     */
    @Transactional
    public DossierView completeOnSite(String codeOrId, String recipient, CurrentUser user, Locale locale) {
        Dossier d = visible(codeOrId, user);
        ProcedureView procedure = procedureOf(d);
        if (!procedure.fourOnSiteEligible()) {
            throw DomainException.unprocessable("dossier.not_four_on_site", procedure.name());
        }
        var scope = permissions.scope(user);
        boolean delegated = user.hasRole(Role.RECEPTION_OFFICER)
                && user.hasRole(Role.AGENCY_LEADER)
                && scope.contains(d.receivingCenterId())
                && scope.contains(d.competentAgencyId());
        if (!delegated) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, "four-on-site");
        }
        LocalDateTime now = now();
        Actor actor = actor(user, d.receivingCenterId());
        if (d.status() == DossierStatus.NEW) {
            receive(d, procedure, now, actor);
        }
        if (d.status() != DossierStatus.RECEIVED && d.status() != DossierStatus.IN_PROGRESS) {
            throw new InvalidTransitionException(d.status(), DossierAction.APPROVE);
        }
        while (stepRole(procedure, d) != StepRole.AGENCY_LEADER) {
            WorkflowStepView next = step(procedure, nextStep(procedure, d));
            d.forward(next.order(), next.responsibleAgencyId(), deadlines.stepDue(next, now, d.dueAt()), now, actor);
        }
        d.approve(now, actor);
        d.resolve(now, actor);
        d.returnResult(Text.clean(recipient), now, actor);
        d.markFourOnSite();
        return view(save(d, actor), user, locale);
    }

    private void receive(Dossier d, ProcedureView procedure, LocalDateTime now, Actor actor) {
        AgencyView center = catalog.agency(d.receivingCenterId())
                .orElseThrow(() -> DomainException.unprocessable("dossier.unknown_center"));
        Deadline appointment = deadlines.appointment(procedure, d.channel(), now, d.pauses());
        WorkflowStepView first = procedure.steps().stream()
                .min(Comparator.comparingInt(WorkflowStepView::order))
                .orElseThrow(() -> DomainException.unprocessable("dossier.procedure_without_workflow"));
        d.receive(
                codes.next(center.code(), now.toLocalDate()),
                center.id(),
                now,
                appointment.due(),
                first.order(),
                first.responsibleAgencyId(),
                deadlines.stepDue(first, now, appointment.due()),
                actor);
        d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
    }

    private void submitSupplement(
            Dossier d,
            ProcedureView procedure,
            Act r,
            List<DossierCommands.Upload> files,
            LocalDateTime now,
            Actor actor) {
        List<FieldError> problems = new ArrayList<>();
        if (r.documents() == null || r.documents().isEmpty()) {
            problems.add(new FieldError("documents", "NotEmpty", null));
        }
        List<SubmittedDocument> added = documents(r.documents(), procedure, problems, false);
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        added = uploads.attach(added, files);
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            List<PauseInterval> pauses = new ArrayList<>(d.pauses());
            pauses.add(new PauseInterval(d.pausedAt(), now, PauseInterval.Kind.SUPPLEMENT));
            Deadline appointment = deadlines.appointment(procedure, d.channel(), d.receivedAt(), pauses);
            WorkflowStepView current = step(procedure, d.currentStep());
            d.submitSupplement(
                    added, now, appointment.due(), deadlines.stepDue(current, now, appointment.due()), actor);
            d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
        } else {
            d.submitSupplement(added, now, null, null, actor);
        }
    }

    /** The specialist must work in the unit of the current step (or under it) and process dossiers. */
    private UUID assignee(Act r, Dossier d) {
        if (r.assigneeId() == null) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("assigneeId", "NotNull", null)));
        }
        boolean fits = users.find(r.assigneeId())
                .filter(u -> mayBeAssigned(u, d.currentStepAgencyId()))
                .isPresent();
        if (!fits) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("assigneeId", "NotInStepUnit", null)));
        }
        return r.assigneeId();
    }

    private boolean mayBeAssigned(CurrentUser u, UUID stepAgency) {
        return processes(u) && stepAgency != null && permissions.scope(u).contains(stepAgency);
    }

    private static boolean processes(CurrentUser u) {
        return u.hasRole(Role.SPECIALIST) || u.hasRole(Role.UNIT_LEADER) || u.hasRole(Role.AGENCY_LEADER);
    }

    /** Someone the current step can be given to. */
    public record Assignee(UUID id, String displayName) {}

    /**
     * Who the dossier's current step can be assigned to: the officers who process dossiers in the step's
     * unit (serving it or an agency above it), by name. Empty for someone who may not assign it.
     */
    @Transactional(readOnly = true)
    public List<Assignee> assignees(String codeOrId, CurrentUser user) {
        Dossier d = visible(codeOrId, user);
        ProcedureView procedure = procedureOf(d);
        if (!permissions.allowed(user, d, stepRole(procedure, d), DossierAction.ASSIGN)) {
            return List.of();
        }
        List<UUID> unitAndAbove = new ArrayList<>();
        for (UUID a = d.currentStepAgencyId(); a != null && !unitAndAbove.contains(a); ) {
            unitAndAbove.add(a);
            a = catalog.agency(a).map(AgencyView::parentId).orElse(null);
        }
        return users.serving(unitAndAbove).stream()
                .filter(u -> mayBeAssigned(u, d.currentStepAgencyId()))
                .map(u -> new Assignee(u.id(), u.displayName()))
                .toList();
    }

    /**
     * The officers a unit or agency leader gives work to on the worklist (bulk assignment): those who
     * process dossiers within the leader's agencies. Each assignment is still checked against the step.
     */
    @Transactional(readOnly = true)
    public List<Assignee> assigneesOf(CurrentUser leader) {
        if (!leader.hasRole(Role.UNIT_LEADER) && !leader.hasRole(Role.AGENCY_LEADER)) {
            return List.of();
        }
        return users.serving(permissions.scope(leader)).stream()
                .filter(Dossiers::processes)
                .map(u -> new Assignee(u.id(), u.displayName()))
                .toList();
    }

    private UUID answeringAgency(Dossier d, Act r, CurrentUser user) {
        if (r.agencyId() != null) {
            return r.agencyId();
        }
        var scope = permissions.scope(user);
        return d.consultations().stream()
                .filter(c -> c.isOpen() && scope.contains(c.agencyId()))
                .map(Consultation::agencyId)
                .findFirst()
                .orElseThrow(() -> DomainException.unprocessable("dossier.no_open_consultation"));
    }

    private static WorkflowStepView step(ProcedureView procedure, int order) {
        return procedure.steps().stream()
                .filter(s -> s.order() == order)
                .findFirst()
                .orElseThrow(() -> DomainException.unprocessable("dossier.unknown_step", order));
    }

    private static int nextStep(ProcedureView procedure, Dossier d) {
        WorkflowStepView current = step(procedure, d.currentStep());
        if (!current.nextSteps().isEmpty()) {
            return current.nextSteps().getFirst();
        }
        return procedure.steps().stream()
                .map(WorkflowStepView::order)
                .filter(o -> o > current.order())
                .min(Integer::compare)
                .orElseThrow(() -> DomainException.unprocessable("dossier.no_next_step"));
    }

    private Dossier save(Dossier d, Actor actor) {
        return save(d, actor, null);
    }

    /** Saves and appends a history row per action, capturing the forms those actions produce, in one transaction. */
    private Dossier save(Dossier d, Actor actor, String signer) {
        List<Transition> made = d.transitions();
        Dossier saved = dossiers.save(d);
        for (Transition t : made) {
            long id = history.append(saved.id(), t, actor);
            forms.capture(
                    saved,
                    new DossierHistory.Entry(id, t, actor.userId(), actor.name(), actor.role(), actor.agencyId()),
                    signer);
        }
        return saved;
    }

    // ---- reads -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public DossierView get(String codeOrId, CurrentUser user, Locale locale) {
        return view(visible(codeOrId, user), user, locale);
    }

    /** The status of a dossier for a conflict answer, read after the losing transaction ended. */
    @Transactional(readOnly = true)
    public Optional<DossierStatus> currentStatus(String codeOrId, CurrentUser user) {
        return find(codeOrId).filter(d -> permissions.canSee(user, d)).map(Dossier::status);
    }

    /** A stored file of one of the dossier's documents, for someone who may see the dossier. */
    @Transactional(readOnly = true)
    public SubmittedDocument document(String codeOrId, String sha256, CurrentUser user) {
        return visible(codeOrId, user).documents().stream()
                .filter(d -> sha256.equals(d.fileSha256()))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
    }

    @Transactional(readOnly = true)
    public List<HistoryView> history(String codeOrId, CurrentUser user) {
        Dossier d = visible(codeOrId, user);
        return history.of(d.id()).stream().map(HistoryView::of).toList();
    }

    /** One history row: who did what when, the step and its verdict, the appointment in force. */
    public record HistoryView(
            long id,
            String action,
            DossierStatus from,
            DossierStatus to,
            Integer fromStep,
            Integer toStep,
            LocalDateTime at,
            LocalDateTime dueInForce,
            StepVerdict stepVerdict,
            String note,
            String actorName,
            String actorRole) {
        static HistoryView of(DossierHistory.Entry e) {
            Transition t = e.transition();
            return new HistoryView(
                    e.id(),
                    t.action().path(),
                    t.from(),
                    t.to(),
                    t.fromStep(),
                    t.toStep(),
                    t.at(),
                    t.dueInForce(),
                    t.stepVerdict(),
                    t.note(),
                    e.actorName(),
                    e.actorRole());
        }
    }

    /**
     * The applicant as entered on the latest dossier with this ID number (or tax code) that the officer
     * may see, so the desk does not type a returning applicant again. Only dossiers within the officer's
     * agencies count: a desk never learns about applicants of other centers.
     */
    @Transactional(readOnly = true)
    public Optional<Applicant> previousApplicant(String idNumber, CurrentUser user) {
        String key = Text.clean(idNumber);
        if (key == null || !user.isOfficer()) {
            return Optional.empty();
        }
        return dossiers.latestOfApplicant(key.toUpperCase(), 20).stream()
                .filter(d -> permissions.canSee(user, d))
                .map(Dossier::applicant)
                .findFirst();
    }

    Dossier visible(String codeOrId, CurrentUser user) {
        return find(codeOrId)
                .filter(d -> permissions.canSee(user, d))
                .orElseThrow(() -> DomainException.notFound("dossier.not_found", codeOrId));
    }

    private Optional<Dossier> find(String codeOrId) {
        if (codeOrId == null) {
            return Optional.empty();
        }
        try {
            return dossiers.findById(UUID.fromString(codeOrId));
        } catch (IllegalArgumentException notAnId) {
            return dossiers.findByCode(codeOrId.strip());
        }
    }

    private ProcedureView procedureOf(Dossier d) {
        return catalog.procedureVersion(d.procedureVersionId())
                .orElseThrow(() -> new IllegalStateException("procedure version missing: " + d.procedureVersionId()));
    }

    private static Optional<WorkflowStepView> currentStep(ProcedureView procedure, Dossier d) {
        return d.currentStep() == null
                ? Optional.empty()
                : procedure.steps().stream()
                        .filter(s -> s.order() == d.currentStep())
                        .findFirst();
    }

    private static StepRole stepRole(ProcedureView procedure, Dossier d) {
        return currentStep(procedure, d).map(WorkflowStepView::role).orElse(null);
    }

    DossierView view(Dossier d, CurrentUser user, Locale locale) {
        LocalDateTime now = now();
        ProcedureView procedure = procedureOf(d);
        String stepName = currentStep(procedure, d).map(WorkflowStepView::name).orElse(null);
        return new DossierView(
                d.id(),
                d.code(),
                d.status(),
                d.status().portalCode(),
                d.procedureId(),
                d.procedureName(),
                d.channel(),
                d.receivingCenterId(),
                d.competentAgencyId(),
                d.applicant(),
                d.summary(),
                d.deliveryMethod(),
                d.deliveryAddress(),
                d.currentStep(),
                stepName,
                d.currentStepAgencyId(),
                d.assigneeId(),
                d.stepDueAt(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.finishedAt(),
                d.returnedAt(),
                deadlines.state(d.status(), d.dueAt(), d.finishedAt(), now, d.competentAgencyId()),
                d.verdict(),
                d.outcome(),
                d.extensions(),
                d.fourOnSite(),
                d.lienThong(),
                d.paymentDueVnd(),
                d.appointmentExplanation(Languages.ENGLISH.getLanguage().equals(locale.getLanguage())),
                d.documents(),
                d.pauses(),
                d.consultations(),
                permissions.allowedFor(user, d, stepRole(procedure, d)).stream()
                        .map(DossierAction::path)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                d.version() == null ? 0 : d.version());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Optional<UUID> earlierSubmission(CurrentUser user, String key) {
        return jdbc.sql("select dossier_id from dossier.idempotency_key where account_id = :a and key = :k")
                .param("a", user.id())
                .param("k", key)
                .query(UUID.class)
                .optional();
    }

    private void remember(CurrentUser user, String key, UUID dossierId, LocalDateTime now) {
        try {
            jdbc.sql("""
                            insert into dossier.idempotency_key (account_id, key, dossier_id, created_at)
                            values (:a, :k, :d, :now)
                            """)
                    .param("a", user.id())
                    .param("k", key)
                    .param("d", dossierId)
                    .param("now", now)
                    .update();
        } catch (DuplicateKeyException raced) {
            // The same key is being used by a parallel request that committed first: this one must not win.
            throw new DomainException("dossier.duplicate_submission", HttpStatus.CONFLICT);
        }
    }

    private static Actor actor(CurrentUser user, UUID agencyId) {
        String role = user.roles().stream()
                .filter(r -> r != Role.ADMIN)
                .map(Enum::name)
                .sorted()
                .findFirst()
                .orElse(Role.ADMIN.name());
        return new Actor(user.id(), user.displayName(), role, agencyId);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
    }
}
