package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a procedure's internal workflow.
 *
 * @param procedureCode {@link ProcedureRow#code()} of the procedure
 * @param order position of the step, from 1
 * @param responsibleAgencyCode agency or sub-unit that carries out the step
 * @param budgetDays time budget in working days (0.25, 0.5, 1 …); {@code null} only when the
 *     procedure has no published processing time
 * @param nextSteps orders of the steps the dossier may be forwarded to; empty means the following step
 * @param backSteps orders of the earlier steps the dossier may be returned to
 */
public record WorkflowStepRow(
        String procedureCode,
        int order,
        String name,
        String responsibleAgencyCode,
        StepRole role,
        BigDecimal budgetDays,
        List<Integer> nextSteps,
        List<Integer> backSteps) {

    public WorkflowStepRow {
        budgetDays = budgetDays == null ? null : Decimals.plain(budgetDays); // 0.5 equals 0.50
        nextSteps = List.copyOf(nextSteps);
        backSteps = List.copyOf(backSteps);
    }
}
