package org.motcua.dossier.internal;

import java.util.Comparator;
import java.util.Optional;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.shared.DomainException;

/** Reading a procedure version's workflow steps as a dossier moves through them. */
public final class Workflow {

    private Workflow() {}

    public static WorkflowStepView step(ProcedureView procedure, int order) {
        return procedure.steps().stream()
                .filter(s -> s.order() == order)
                .findFirst()
                .orElseThrow(() -> DomainException.unprocessable("dossier.unknown_step", order));
    }

    public static WorkflowStepView first(ProcedureView procedure) {
        return procedure.steps().stream()
                .min(Comparator.comparingInt(WorkflowStepView::order))
                .orElseThrow(() -> DomainException.unprocessable("dossier.procedure_without_workflow"));
    }

    /** The workflow's last step: returning the result. */
    public static Optional<WorkflowStepView> last(ProcedureView procedure) {
        return procedure.steps().stream().max(Comparator.comparingInt(WorkflowStepView::order));
    }

    public static Optional<WorkflowStepView> current(ProcedureView procedure, Integer order) {
        return order == null
                ? Optional.empty()
                : procedure.steps().stream().filter(s -> s.order() == order).findFirst();
    }

    public static StepRole role(ProcedureView procedure, Integer order) {
        return current(procedure, order).map(WorkflowStepView::role).orElse(null);
    }

    /**
     * The step a forward from {@code order} goes to: one of the branches the step names (the first unless
     * {@code requested} names another), else the following step. Never a step further on: skipping the
     * leader's review is not a forward.
     */
    public static WorkflowStepView next(ProcedureView procedure, int order, Integer requested) {
        WorkflowStepView current = step(procedure, order);
        if (!current.nextSteps().isEmpty()) {
            int to = requested == null ? current.nextSteps().getFirst() : requested;
            if (!current.nextSteps().contains(to)) {
                throw DomainException.unprocessable("dossier.step_not_next", to, order);
            }
            return step(procedure, to);
        }
        WorkflowStepView following = procedure.steps().stream()
                .filter(s -> s.order() > order)
                .min(Comparator.comparingInt(WorkflowStepView::order))
                .orElseThrow(() -> DomainException.unprocessable("dossier.no_next_step"));
        if (requested != null && requested != following.order()) {
            throw DomainException.unprocessable("dossier.step_not_next", requested, order);
        }
        return following;
    }
}
