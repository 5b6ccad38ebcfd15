package org.motcua.dossier.internal;

import java.util.List;
import org.motcua.dossier.DossierCommand.Assign;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.stereotype.Component;

/** Gives the current step to an officer who processes dossiers in the step's unit. */
@Component
class AssignHandler implements CommandHandler<Assign> {

    private final Users users;
    private final DossierPermissions permissions;

    AssignHandler(Users users, DossierPermissions permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    @Override
    public Class<Assign> command() {
        return Assign.class;
    }

    @Override
    public void handle(Dossier d, Assign c, Acting a) {
        boolean fits = users.find(c.assigneeId())
                .filter(u -> permissions.mayBeAssigned(u, d.currentStepAgencyId()))
                .isPresent();
        if (!fits) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("assigneeId", "NotInStepUnit", null)));
        }
        d.assign(c.assigneeId(), a.now(), a.by());
    }
}
