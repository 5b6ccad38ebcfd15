package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Approve;
import org.springframework.stereotype.Component;

/** The leader's approval of the result. */
@Component
class ApproveHandler implements CommandHandler<Approve> {

    @Override
    public Class<Approve> command() {
        return Approve.class;
    }

    @Override
    public void handle(Dossier d, Approve c, Acting a) {
        d.approve(c.note(), a.now(), a.by());
    }
}
