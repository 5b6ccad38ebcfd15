package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Reject;
import org.springframework.stereotype.Component;

/** Not qualified: the written refusal goes to the return step like a result. */
@Component
class RejectHandler implements CommandHandler<Reject> {

    private final DossierDeadlines deadlines;

    RejectHandler(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<Reject> command() {
        return Reject.class;
    }

    @Override
    public void handle(Dossier d, Reject c, Acting a) {
        d.reject(
                c.note(),
                deadlines.returnStep(a.procedure(), a.now(), d.dueAt()),
                deadlines.margin(a.now(), d.originalDueAt(), d.competentAgencyId()),
                a.now(),
                a.by());
    }
}
