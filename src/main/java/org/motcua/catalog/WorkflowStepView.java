package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One step of a procedure version's internal workflow.
 *
 * @param order position of the step, from 1
 * @param responsibleAgencyId agency or sub-unit that carries it out
 * @param budgetDays time budget in working days (fractions allowed); {@code null} only when the
 *     procedure has no legal time limit
 * @param nextSteps steps the dossier may be forwarded to; empty means the following step
 * @param backSteps earlier steps the dossier may be sent back to
 */
public record WorkflowStepView(
        int order,
        String name,
        UUID responsibleAgencyId,
        StepRole role,
        BigDecimal budgetDays,
        List<Integer> nextSteps,
        List<Integer> backSteps) {

    public WorkflowStepView {
        budgetDays = budgetDays == null ? null : Decimals.plain(budgetDays);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        backSteps = backSteps == null ? List.of() : List.copyOf(backSteps);
    }
}
