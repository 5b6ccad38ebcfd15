package org.motcua.dossier.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.StepRole;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Consultation;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.SystemModule;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a dossier. An officer works within the agencies they serve and their
 * sub-units; an applicant sees only their own dossiers. A dossier someone may not see does not exist
 * for them (404, so nothing leaks); one they see but may not act on answers 403.
 */
@Component
public class DossierPermissions {

    /** The roles that process dossiers (managers and supervisors only read). */
    private static final Set<Role> WORKERS =
            EnumSet.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_LEADER, Role.AGENCY_LEADER);

    private static final Set<Role> LEADERS = EnumSet.of(Role.UNIT_LEADER, Role.AGENCY_LEADER);

    private final Catalog catalog;

    DossierPermissions(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The agencies an officer's work covers: the agencies they serve and everything below them. */
    public Set<UUID> scope(CurrentUser user) {
        return catalog.agenciesAndDescendants(user.agencyIds());
    }

    /** Whether the actor may see the dossier; a module acting as the system sees every dossier. */
    public boolean canSee(Actor actor, Dossier d) {
        return actor instanceof Actor.System || canSee(actor.user(), d);
    }

    public boolean canSee(CurrentUser user, Dossier d) {
        if (user == null) {
            return false;
        }
        if (isOwner(user, d) || user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR)) {
            return true;
        }
        if (!user.isOfficer()) {
            return false;
        }
        Set<UUID> scope = scope(user);
        return Stream.concat(
                        Stream.of(d.receivingCenterId(), d.competentAgencyId(), d.currentStepAgencyId()),
                        d.consultations().stream().map(Consultation::agencyId))
                .anyMatch(a -> a != null && scope.contains(a));
    }

    /** Throws unless {@code actor} may take {@code action} on {@code d} (which they can see). */
    public void check(Actor actor, Dossier d, StepRole stepRole, DossierAction action) {
        boolean allowed = switch (actor) {
            case Actor.Person p -> allowed(p.user(), d, stepRole, action);
            case Actor.System s -> allowed(s.module(), d, action);
        };
        if (!allowed) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, action.path());
        }
    }

    /** The actions of {@code d}'s state that {@code user} may take: what a page offers them. */
    public Set<DossierAction> allowedFor(CurrentUser user, Dossier d, StepRole stepRole) {
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        if (user == null) {
            return actions;
        }
        Set<UUID> scope = user.isOfficer() ? scope(user) : Set.of();
        for (DossierAction a : d.status().allowedActions()) {
            if (allowed(user, scope, d, stepRole, a)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /**
     * The rule table. The current workflow step names who works on it: officers of the step's unit
     * holding the step's role (or a role above it); approval belongs to a leader's step.
     *
     * @param stepRole the role the procedure's workflow gives the current step (null before receipt)
     */
    public boolean allowed(CurrentUser user, Dossier d, StepRole stepRole, DossierAction action) {
        return user != null && allowed(user, user.isOfficer() ? scope(user) : Set.of(), d, stepRole, action);
    }

    /** The rule table itself, with the officer's scope computed once by the caller. */
    private boolean allowed(CurrentUser user, Set<UUID> scope, Dossier d, StepRole stepRole, DossierAction action) {
        boolean atDesk = user.hasRole(Role.RECEPTION_OFFICER)
                && (d.receivingCenterId() == null || scope.contains(d.receivingCenterId()));
        boolean inStepUnit = d.currentStepAgencyId() != null && scope.contains(d.currentStepAgencyId());
        boolean atStep = inStepUnit && fits(user, stepRole);
        boolean leadsStepUnit = inStepUnit && LEADERS.stream().anyMatch(user::hasRole);
        boolean leaderStep = stepRole == StepRole.UNIT_LEADER || stepRole == StepRole.AGENCY_LEADER;
        return switch (action) {
            case RECEIVE, REFUSE -> atDesk;
            case REQUEST_SUPPLEMENT -> d.status().isReceived() ? atStep : atDesk;
            case SUBMIT_SUPPLEMENT, WITHDRAW -> isOwner(user, d) || atDesk;
            case ASSIGN -> leadsStepUnit;
            // Whoever is responsible for the current step completes a withdrawal (the desk at reception).
            case STOP -> leadsStepUnit || (d.status() == DossierStatus.WITHDRAWAL_REQUESTED && atStep);
            case APPROVE -> atStep && leaderStep;
            case FORWARD, SEND_BACK, CONSULT, EXTEND, REJECT, REQUEST_PAYMENT, RESOLVE -> atStep;
            case ANSWER ->
                d.consultations().stream().anyMatch(c -> c.isOpen() && scope.contains(c.agencyId()))
                        && WORKERS.stream().anyMatch(user::hasRole);
            case CONFIRM_PAYMENT, RETURN_RESULT -> atDesk || atStep;
        };
    }

    /**
     * What a module acting as the system may do: a payment gateway confirms a payment, the post reports a
     * delivered result, the national portal hands over what its applicant did there.
     */
    private static boolean allowed(SystemModule module, Dossier d, DossierAction action) {
        return switch (module) {
            case PAYMENTS -> action == DossierAction.CONFIRM_PAYMENT;
            case POSTAL -> action == DossierAction.RETURN_RESULT && d.deliveryMethod() == DeliveryMethod.POSTAL;
            case NATIONAL_PORTAL -> action == DossierAction.SUBMIT_SUPPLEMENT || action == DossierAction.WITHDRAW;
            case SCHEDULER -> false;
        };
    }

    /** Whether the officer may be given a step of this unit: they process dossiers within it. */
    public boolean mayBeAssigned(CurrentUser u, UUID stepAgency) {
        return processes(u) && stepAgency != null && scope(u).contains(stepAgency);
    }

    /** Whether the officer processes dossiers (managers and supervisors only read). */
    public static boolean processes(CurrentUser u) {
        return u.hasRole(Role.SPECIALIST) || u.hasRole(Role.UNIT_LEADER) || u.hasRole(Role.AGENCY_LEADER);
    }

    /** Whether the person holds the step's role; a leader may also do the work of the roles below. */
    private static boolean fits(CurrentUser user, StepRole stepRole) {
        if (stepRole == null) {
            return false;
        }
        return switch (stepRole) {
            case RECEPTION_OFFICER -> user.hasRole(Role.RECEPTION_OFFICER);
            case SPECIALIST ->
                user.hasRole(Role.SPECIALIST) || user.hasRole(Role.UNIT_LEADER) || user.hasRole(Role.AGENCY_LEADER);
            case UNIT_LEADER -> user.hasRole(Role.UNIT_LEADER) || user.hasRole(Role.AGENCY_LEADER);
            case AGENCY_LEADER -> user.hasRole(Role.AGENCY_LEADER);
        };
    }

    private static boolean isOwner(CurrentUser user, Dossier d) {
        return user.hasRole(Role.APPLICANT) && user.id().equals(d.applicantAccountId());
    }
}
