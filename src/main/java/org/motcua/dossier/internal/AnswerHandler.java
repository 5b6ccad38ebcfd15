package org.motcua.dossier.internal;

import java.util.UUID;
import org.motcua.dossier.Consultation;
import org.motcua.dossier.DossierCommand.Answer;
import org.motcua.shared.DomainException;
import org.springframework.stereotype.Component;

/** A consulted agency's answer; the last one returns the dossier to its step. */
@Component
class AnswerHandler implements CommandHandler<Answer> {

    private final DossierPermissions permissions;

    AnswerHandler(DossierPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public Class<Answer> command() {
        return Answer.class;
    }

    @Override
    public void handle(Dossier d, Answer c, Acting a) {
        d.answer(answering(d, c, a), c.note(), a.now(), a.by());
    }

    /** The agency named, or the one consulted among the agencies the officer serves. */
    private UUID answering(Dossier d, Answer c, Acting a) {
        if (c.agencyId() != null) {
            return c.agencyId();
        }
        var scope = a.actor().user() == null
                ? java.util.Set.<UUID>of()
                : permissions.scope(a.actor().user());
        return d.consultations().stream()
                .filter(x -> x.isOpen() && scope.contains(x.agencyId()))
                .map(Consultation::agencyId)
                .findFirst()
                .orElseThrow(() -> DomainException.unprocessable("dossier.no_open_consultation"));
    }
}
