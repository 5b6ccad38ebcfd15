package org.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import org.motcua.calendar.Deadline;
import org.motcua.dossier.DossierCommand.ConfirmPayment;
import org.motcua.dossier.PauseInterval;
import org.springframework.stereotype.Component;

/** The obligation is paid: the wait is a pause, so the appointment moves by it. */
@Component
class ConfirmPaymentHandler implements CommandHandler<ConfirmPayment> {

    private final DossierDeadlines deadlines;

    ConfirmPaymentHandler(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<ConfirmPayment> command() {
        return ConfirmPayment.class;
    }

    @Override
    public void handle(Dossier d, ConfirmPayment c, Acting a) {
        List<PauseInterval> pauses = new ArrayList<>(d.pauses());
        pauses.add(new PauseInterval(d.pausedAt(), a.now(), PauseInterval.Kind.FINANCIAL_OBLIGATION));
        Deadline appointment = deadlines.appointment(a.procedure(), d.channel(), d.receivedAt(), pauses);
        d.confirmPayment(a.now(), appointment.due(), a.by());
        d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
    }
}
