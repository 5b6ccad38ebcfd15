package org.motcua.dossier.internal;

import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand.FourOnSite;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.InvalidTransitionException;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "4 tại chỗ": receive, appraise, approve and return in one sitting at the center, for a procedure marked
 * eligible, by a desk officer who also holds the competent agency's delegated signing authority (the
 * AGENCY_LEADER role for that agency). Every step is recorded as usual.
 */
@Component
class FourOnSiteHandler implements CommandHandler<FourOnSite> {

    private final ReceiveHandler reception;
    private final DossierDeadlines deadlines;
    private final DossierPermissions permissions;

    FourOnSiteHandler(ReceiveHandler reception, DossierDeadlines deadlines, DossierPermissions permissions) {
        this.reception = reception;
        this.deadlines = deadlines;
        this.permissions = permissions;
    }

    @Override
    public Class<FourOnSite> command() {
        return FourOnSite.class;
    }

    @Override
    public void handle(Dossier d, FourOnSite c, Acting a) {
        if (!a.procedure().fourOnSiteEligible()) {
            throw DomainException.unprocessable(
                    "dossier.not_four_on_site", a.procedure().name());
        }
        CurrentUser user = a.actor().user();
        var scope = user == null ? java.util.Set.<java.util.UUID>of() : permissions.scope(user);
        boolean delegated = user != null
                && user.hasRole(Role.RECEPTION_OFFICER)
                && user.hasRole(Role.AGENCY_LEADER)
                && scope.contains(d.receivingCenterId())
                && scope.contains(d.competentAgencyId());
        if (!delegated) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, "four-on-site");
        }
        // Before the first action, so that every event of the sitting says so.
        d.markFourOnSite();
        if (d.status() == DossierStatus.NEW) {
            reception.receive(d, a.procedure(), a.now(), a.by());
        }
        if (d.status() != DossierStatus.RECEIVED && d.status() != DossierStatus.IN_PROGRESS) {
            throw new InvalidTransitionException(d.status(), DossierAction.APPROVE);
        }
        while (Workflow.role(a.procedure(), d.currentStep()) != StepRole.AGENCY_LEADER) {
            WorkflowStepView next = Workflow.next(a.procedure(), d.currentStep(), null);
            d.forward(deadlines.entry(next, a.now(), d.dueAt()), null, a.now(), a.by());
        }
        d.approve(null, a.now(), a.by());
        d.resolve(
                deadlines.returnStep(a.procedure(), a.now(), d.dueAt()),
                deadlines.margin(a.now(), d.originalDueAt(), d.competentAgencyId()),
                null,
                a.now(),
                a.by());
        d.returnResult(
                HandOvers.of(d, c.recipientName(), c.idNumber(), c.relationship(), null, a.now()), a.now(), a.by());
    }
}
