package org.motcua.dossier.internal;

import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierCommand.Forward;
import org.springframework.stereotype.Component;

/** Hands the dossier to the next step of its workflow, never skipping one. */
@Component
class ForwardHandler implements CommandHandler<Forward> {

    private final DossierDeadlines deadlines;

    ForwardHandler(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<Forward> command() {
        return Forward.class;
    }

    @Override
    public void handle(Dossier d, Forward c, Acting a) {
        WorkflowStepView next = Workflow.next(a.procedure(), d.currentStep(), c.toStep());
        d.forward(deadlines.entry(next, a.now(), d.dueAt()), c.note(), a.now(), a.by());
    }
}
