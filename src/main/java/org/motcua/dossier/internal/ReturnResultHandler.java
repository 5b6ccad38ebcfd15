package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.ReturnResult;
import org.motcua.dossier.DossierView;
import org.motcua.shared.DomainException;
import org.springframework.stereotype.Component;

/** Returns the result the way the applicant chose; never while an obligation is unpaid. */
@Component
class ReturnResultHandler implements CommandHandler<ReturnResult> {

    @Override
    public Class<ReturnResult> command() {
        return ReturnResult.class;
    }

    @Override
    public void before(Dossier d, ReturnResult c) {
        if (DossierView.fees(d.paymentDueVnd(), d.pauses()) == DossierView.Fees.UNPAID) {
            throw DomainException.unprocessable("dossier.fees_unpaid", d.paymentDueVnd());
        }
    }

    @Override
    public void handle(Dossier d, ReturnResult c, Acting a) {
        d.returnResult(
                HandOvers.of(d, c.recipientName(), c.idNumber(), c.relationship(), c.trackingNumber(), a.now()),
                a.now(),
                a.by());
    }
}
