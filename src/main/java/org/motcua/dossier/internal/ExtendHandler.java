package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand.Extend;
import org.springframework.stereotype.Component;

/** An apology and one new appointment, in working time and later than the current one. */
@Component
class ExtendHandler implements CommandHandler<Extend> {

    private final DossierDeadlines deadlines;

    ExtendHandler(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<Extend> command() {
        return Extend.class;
    }

    @Override
    public void handle(Dossier d, Extend c, Acting a) {
        d.extend(
                c.newAppointment(),
                c.note(),
                c.lateApology(),
                deadlines.aDayBeforeDue(a.now(), d.dueAt(), d.competentAgencyId()),
                deadlines.inWorkingTime(c.newAppointment(), d.competentAgencyId()),
                a.now(),
                a.by());
    }

    @Override
    public String signer(Extend c) {
        return c.signer();
    }
}
