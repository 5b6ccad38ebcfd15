package org.motcua.dossier.internal;

import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierCommand.SendBack;
import org.springframework.stereotype.Component;

/** Sends the dossier back to an earlier step, with the reason. */
@Component
class SendBackHandler implements CommandHandler<SendBack> {

    private final DossierDeadlines deadlines;

    SendBackHandler(DossierDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<SendBack> command() {
        return SendBack.class;
    }

    @Override
    public void handle(Dossier d, SendBack c, Acting a) {
        WorkflowStepView back = Workflow.step(a.procedure(), c.toStep());
        d.sendBack(deadlines.entry(back, a.now(), d.dueAt()), c.note(), a.now(), a.by());
    }
}
