package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Stop;
import org.springframework.stereotype.Component;

/** Stops processing with a stop notice signed for the agency. */
@Component
class StopHandler implements CommandHandler<Stop> {

    @Override
    public Class<Stop> command() {
        return Stop.class;
    }

    @Override
    public void handle(Dossier d, Stop c, Acting a) {
        d.stop(c.note(), a.now(), a.by());
    }

    @Override
    public String signer(Stop c) {
        return c.signer();
    }
}
