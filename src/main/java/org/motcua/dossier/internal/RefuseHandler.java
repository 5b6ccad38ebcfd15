package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Refuse;
import org.springframework.stereotype.Component;

/** Refuses a dossier at reception, with the reasons. */
@Component
class RefuseHandler implements CommandHandler<Refuse> {

    @Override
    public Class<Refuse> command() {
        return Refuse.class;
    }

    @Override
    public void handle(Dossier d, Refuse c, Acting a) {
        d.refuse(c.note(), a.now(), a.by());
    }
}
