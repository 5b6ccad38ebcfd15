package org.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import org.motcua.calendar.Deadline;
import org.motcua.dossier.DossierCommand.SubmitSupplement;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.PauseInterval;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.stereotype.Component;

/**
 * The applicant's supplement: the papers added (every file checked before any is stored); after receipt
 * the pause ends and the appointment is recounted under the configured rule.
 */
@Component
class SubmitSupplementHandler implements CommandHandler<SubmitSupplement> {

    private final DossierUploads uploads;
    private final DossierDeadlines deadlines;

    SubmitSupplementHandler(DossierUploads uploads, DossierDeadlines deadlines) {
        this.uploads = uploads;
        this.deadlines = deadlines;
    }

    @Override
    public Class<SubmitSupplement> command() {
        return SubmitSupplement.class;
    }

    @Override
    public void handle(Dossier d, SubmitSupplement c, Acting a) {
        List<FieldError> problems = new ArrayList<>();
        List<SubmittedDocument> added = Papers.check(c.documents(), a.procedure(), problems, false);
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        added = uploads.attach(added, c.files());
        if (d.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            d.submitSupplement(added, a.now(), null, null, a.by());
            return;
        }
        List<PauseInterval> pauses = new ArrayList<>(d.pauses());
        pauses.add(new PauseInterval(d.pausedAt(), a.now(), PauseInterval.Kind.SUPPLEMENT));
        Deadline appointment = deadlines.appointment(a.procedure(), d.channel(), d.receivedAt(), pauses);
        StepEntry current = deadlines.entry(Workflow.step(a.procedure(), d.currentStep()), a.now(), appointment.due());
        d.submitSupplement(added, a.now(), appointment.due(), current.due(), a.by());
        d.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
    }
}
