package org.motcua.dossier.internal;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** A dossier as its reader sees it: with its deadline state now and the actions this reader may take. */
@Component
public class DossierViews {

    private final DossierStore store;
    private final DossierDeadlines deadlines;
    private final DossierPermissions permissions;

    DossierViews(DossierStore store, DossierDeadlines deadlines, DossierPermissions permissions) {
        this.store = store;
        this.deadlines = deadlines;
        this.permissions = permissions;
    }

    /** @param reader the person reading (null for a module: no actions offered) */
    public DossierView of(Dossier d, CurrentUser reader) {
        var now = store.now();
        ProcedureView procedure = store.procedureOf(d);
        String stepName = Workflow.current(procedure, d.currentStep())
                .map(WorkflowStepView::name)
                .orElse(null);
        return new DossierView(
                d.id(),
                d.code(),
                d.reference(),
                d.status(),
                d.status().portalCode(),
                d.procedureId(),
                d.procedureName(),
                d.channel(),
                d.receivingCenterId(),
                d.competentAgencyId(),
                d.applicant(),
                d.summary(),
                d.deliveryMethod(),
                d.deliveryAddress(),
                d.currentStep(),
                stepName,
                d.currentStepAgencyId(),
                d.assigneeId(),
                d.stepDueAt(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.originalDueAt(),
                d.finishedAt(),
                d.returnedAt(),
                d.handOver(),
                deadlines.state(d.status(), d.dueAt(), d.finishedAt(), now, d.competentAgencyId()),
                d.verdict(),
                d.outcome(),
                d.extensions(),
                d.fourOnSite(),
                d.lienThong(),
                d.paymentDueVnd(),
                new DossierView.Explanation(d.appointmentExplanation(false), d.appointmentExplanation(true)),
                d.documents(),
                d.pauses(),
                d.consultations(),
                reader == null
                        ? new LinkedHashSet<>()
                        : permissions.allowedFor(reader, d, Workflow.role(procedure, d.currentStep())).stream()
                                .map(DossierAction::path)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                d.version() == null ? 0 : d.version());
    }
}
