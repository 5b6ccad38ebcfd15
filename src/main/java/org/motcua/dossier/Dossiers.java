package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.DossierCommand.FourOnSite;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.internal.Acting;
import org.motcua.dossier.internal.CommandHandler;
import org.motcua.dossier.internal.Dossier;
import org.motcua.dossier.internal.DossierHistory;
import org.motcua.dossier.internal.DossierPermissions;
import org.motcua.dossier.internal.DossierStore;
import org.motcua.dossier.internal.DossierViews;
import org.motcua.dossier.internal.IdempotencyKeys;
import org.motcua.dossier.internal.Submissions;
import org.motcua.dossier.internal.Transition;
import org.motcua.dossier.internal.Workflow;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier module's door, the same for people and for modules acting as the system: {@link #submit} a
 * new dossier, {@link #handle} any lifecycle command, and read dossiers. Each command is checked against
 * the state table and the actor's permissions, carried out by its handler, and saved with its history
 * row, its form and its event in one transaction.
 */
@Service
public class Dossiers {

    private final DossierStore store;
    private final DossierPermissions permissions;
    private final DossierViews views;
    private final Submissions submissions;
    private final IdempotencyKeys keys;
    private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();
    private final Catalog catalog;
    private final Users users;

    Dossiers(
            DossierStore store,
            DossierPermissions permissions,
            DossierViews views,
            Submissions submissions,
            IdempotencyKeys keys,
            List<CommandHandler<?>> handlers,
            Catalog catalog,
            Users users) {
        this.store = store;
        this.permissions = permissions;
        this.views = views;
        this.submissions = submissions;
        this.keys = keys;
        this.catalog = catalog;
        this.users = users;
        handlers.forEach(h -> this.handlers.put(h.command(), h));
        for (Class<?> command : DossierCommand.class.getPermittedSubclasses()) {
            if (!this.handlers.containsKey(command)) {
                throw new IllegalStateException("no handler for " + command.getSimpleName());
            }
        }
    }

    /**
     * Creates a dossier, with files for some of its documents ({@code files} index {@code
     * command.documents()}; every file is checked before any is stored). Retried with the same {@code
     * idempotencyKey} by the same person, it returns the dossier the first call created.
     */
    @Transactional
    public DossierView submit(Submit command, List<Upload> files, Actor actor, String idempotencyKey) {
        UUID account = actor.user() == null ? null : actor.user().id();
        Optional<UUID> earlier = keys.earlier(account, idempotencyKey);
        if (earlier.isPresent()) {
            return views.of(store.findById(earlier.get()).orElseThrow(), actor.user());
        }
        Dossier saved = submissions.submit(command, files, actor);
        keys.remember(account, idempotencyKey, saved.id(), store.now());
        return views.of(saved, actor.user());
    }

    /** Carries out {@code command} on the dossier for {@code actor}, or refuses it with the reason. */
    @Transactional
    public DossierView handle(DossierRef ref, DossierCommand command, Actor actor) {
        return views.of(act(store.visible(ref, actor), command, actor), actor.user());
    }

    /**
     * As {@link #handle}; retried with the same {@code requestKey} by the same person (a double click on
     * the return counter), it answers the dossier as it is instead of a second attempt.
     */
    @Transactional
    public DossierView handleOnce(DossierRef ref, DossierCommand command, Actor actor, String requestKey) {
        Dossier d = store.visible(ref, actor);
        UUID account = actor.user() == null ? null : actor.user().id();
        if (keys.earlier(account, requestKey).filter(d.id()::equals).isPresent()) {
            return views.of(d, actor.user());
        }
        Dossier after = act(d, command, actor);
        keys.remember(account, requestKey, d.id(), store.now());
        return views.of(after, actor.user());
    }

    private Dossier act(Dossier d, DossierCommand command, Actor actor) {
        if (command.version() != null && !command.version().equals(d.version())) {
            throw DomainException.conflict(
                    "dossier.concurrent_update", d.status().name());
        }
        CommandHandler<DossierCommand> handler = handler(command);
        handler.before(d, command);
        ProcedureView procedure = store.procedureOf(d);
        // "4 tại chỗ" takes several actions in one sitting and checks each of them itself.
        if (!(command instanceof FourOnSite)) {
            if (!d.status().allowedActions().contains(command.action())) {
                throw new InvalidTransitionException(d.status(), command.action());
            }
            permissions.check(actor, d, Workflow.role(procedure, d.currentStep()), command.action());
        }
        UUID actingFor = d.currentStepAgencyId() != null ? d.currentStepAgencyId() : d.receivingCenterId();
        Acting acting = new Acting(procedure, actor, ActedBy.of(actor, actingFor), store.now());
        handler.handle(d, command, acting);
        Dossier saved = store.save(d, acting.by(), handler.signer(command));
        handler.saved(saved, command, acting);
        return saved;
    }

    @SuppressWarnings("unchecked")
    private <C extends DossierCommand> CommandHandler<C> handler(C command) {
        return (CommandHandler<C>) handlers.get(command.getClass());
    }

    // ---- reads -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public DossierView get(String codeOrId, CurrentUser user) {
        return views.of(store.visible(codeOrId, user), user);
    }

    /**
     * Whom to write to about a dossier (by id, code or readable reference): its applicant's contact and
     * account, and the officer of its current step. For modules acting on the dossier's events, without a
     * person's permissions; never answer a caller with it.
     */
    @Transactional(readOnly = true)
    public Optional<Addressee> addressee(String codeReferenceOrId) {
        return store.find(DossierRef.of(codeReferenceOrId))
                .map(d -> new Addressee(
                        d.id(),
                        d.code(),
                        d.reference(),
                        d.procedureName(),
                        d.status(),
                        d.dueAt(),
                        d.applicant() == null ? null : d.applicant().name(),
                        d.applicant() == null ? null : d.applicant().phone(),
                        d.applicant() == null ? null : d.applicant().email(),
                        d.applicantAccountId(),
                        d.assigneeId()));
    }

    /** The status of a dossier for a conflict answer, read after the losing transaction ended. */
    @Transactional(readOnly = true)
    public Optional<DossierStatus> currentStatus(String codeOrId, CurrentUser user) {
        return store.find(DossierRef.of(codeOrId))
                .filter(d -> permissions.canSee(user, d))
                .map(Dossier::status);
    }

    /** A stored file of one of the dossier's documents, for someone who may see the dossier. */
    @Transactional(readOnly = true)
    public SubmittedDocument document(String codeOrId, String sha256, CurrentUser user) {
        return store.visible(codeOrId, user).documents().stream()
                .filter(d -> sha256.equals(d.fileSha256()))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
    }

    @Transactional(readOnly = true)
    public List<HistoryView> history(String codeOrId, CurrentUser user) {
        Dossier d = store.visible(codeOrId, user);
        return store.history(d.id()).stream().map(HistoryView::of).toList();
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

    /** Someone the current step can be given to. */
    public record Assignee(UUID id, String displayName) {}

    /**
     * Who the dossier's current step can be assigned to: the officers who process dossiers in the step's
     * unit (serving it or an agency above it), by name. Empty for someone who may not assign it.
     */
    @Transactional(readOnly = true)
    public List<Assignee> assignees(String codeOrId, CurrentUser user) {
        Dossier d = store.visible(codeOrId, user);
        ProcedureView procedure = store.procedureOf(d);
        if (!permissions.allowed(user, d, Workflow.role(procedure, d.currentStep()), DossierAction.ASSIGN)) {
            return List.of();
        }
        List<UUID> unitAndAbove = new ArrayList<>();
        for (UUID a = d.currentStepAgencyId(); a != null && !unitAndAbove.contains(a); ) {
            unitAndAbove.add(a);
            a = catalog.agency(a).map(AgencyView::parentId).orElse(null);
        }
        return users.serving(unitAndAbove).stream()
                .filter(u -> permissions.mayBeAssigned(u, d.currentStepAgencyId()))
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
                .filter(DossierPermissions::processes)
                .map(u -> new Assignee(u.id(), u.displayName()))
                .toList();
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
        return store.latestOfApplicant(key.toUpperCase(), 20).stream()
                .filter(d -> permissions.canSee(user, d))
                .findFirst()
                .map(d -> store.shown(d).applicant());
    }
}
