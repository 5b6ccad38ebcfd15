package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import org.motcua.calendar.Deadline;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.DossierCommand.Receive;
import org.motcua.shared.DomainException;
import org.springframework.stereotype.Component;

/** Receives a complete dossier: its code, its appointment (explained) and its first workflow step. */
@Component
class ReceiveHandler implements CommandHandler<Receive> {

    private final DossierCodes codes;
    private final DossierDeadlines deadlines;
    private final Catalog catalog;

    ReceiveHandler(DossierCodes codes, DossierDeadlines deadlines, Catalog catalog) {
        this.codes = codes;
        this.deadlines = deadlines;
        this.catalog = catalog;
    }

    @Override
    public Class<Receive> command() {
        return Receive.class;
    }

    @Override
    public void handle(Dossier d, Receive c, Acting a) {
        receive(d, a.procedure(), a.now(), a.by());
    }

    /** Also used when the desk registers a counter dossier and for "4 tại chỗ". */
    void receive(Dossier d, ProcedureView procedure, LocalDateTime now, ActedBy by) {
        AgencyView center = catalog.agency(d.receivingCenterId())
                .orElseThrow(() -> DomainException.unprocessable("dossier.unknown_center"));
        Deadline appointment = deadlines.appointment(procedure, d.channel(), now, d.pauses());
        StepEntry first = deadlines.entry(Workflow.first(procedure), now, appointment.due());
        d.receive(codes.next(center.code(), now.toLocalDate()), center.id(), now, appointment.due(), first, by);
        d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
    }
}
