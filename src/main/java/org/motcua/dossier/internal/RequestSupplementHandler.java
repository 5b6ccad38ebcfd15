package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.RequestSupplement;
import org.springframework.stereotype.Component;

/** Asks the applicant for what is missing (before receipt, or once after it). */
@Component
class RequestSupplementHandler implements CommandHandler<RequestSupplement> {

    @Override
    public Class<RequestSupplement> command() {
        return RequestSupplement.class;
    }

    @Override
    public void handle(Dossier d, RequestSupplement c, Acting a) {
        d.requestSupplement(c.note(), a.now(), a.by());
    }
}
