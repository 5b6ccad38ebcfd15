package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Resolve;
import org.springframework.stereotype.Component;

/** The result is ready and goes to the return step; from the template when a decision is typed. */
@Component
class ResolveHandler implements CommandHandler<Resolve> {

    private final DossierDeadlines deadlines;
    private final DossierForms forms;

    ResolveHandler(DossierDeadlines deadlines, DossierForms forms) {
        this.deadlines = deadlines;
        this.forms = forms;
    }

    @Override
    public Class<Resolve> command() {
        return Resolve.class;
    }

    @Override
    public void handle(Dossier d, Resolve c, Acting a) {
        d.resolve(
                deadlines.returnStep(a.procedure(), a.now(), d.dueAt()),
                deadlines.margin(a.now(), d.originalDueAt(), d.competentAgencyId()),
                c.capital(),
                a.now(),
                a.by());
    }

    @Override
    public String signer(Resolve c) {
        return c.signer();
    }

    @Override
    public void saved(Dossier d, Resolve c, Acting a) {
        if (c.decision() != null) {
            forms.result(d, c.decision(), c.signer(), a.now(), a.by().name());
        }
    }
}
