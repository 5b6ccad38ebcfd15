package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Withdraw;
import org.springframework.stereotype.Component;

/** The applicant's withdrawal: the end before receipt, a request to the agency after it. */
@Component
class WithdrawHandler implements CommandHandler<Withdraw> {

    @Override
    public Class<Withdraw> command() {
        return Withdraw.class;
    }

    @Override
    public void handle(Dossier d, Withdraw c, Acting a) {
        d.withdraw(c.note(), a.now(), a.by());
    }
}
