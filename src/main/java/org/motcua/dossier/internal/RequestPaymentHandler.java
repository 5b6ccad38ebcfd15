package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.RequestPayment;
import org.springframework.stereotype.Component;

/** Notifies a financial obligation; the clock stops until it is paid. */
@Component
class RequestPaymentHandler implements CommandHandler<RequestPayment> {

    @Override
    public Class<RequestPayment> command() {
        return RequestPayment.class;
    }

    @Override
    public void handle(Dossier d, RequestPayment c, Acting a) {
        d.requestPayment(c.amountVnd(), a.now(), a.by());
    }
}
