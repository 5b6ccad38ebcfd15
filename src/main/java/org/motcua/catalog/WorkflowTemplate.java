package org.motcua.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The default internal workflow: receive → appraise → unit leader review → agency leader approval →
 * return. Reception and return take no budget; the appraisal takes what the leaders leave.
 */
final class WorkflowTemplate {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private WorkflowTemplate() {}

    static List<WorkflowStepView> steps(UUID agency, UUID center, ProcessingTime time) {
        BigDecimal total = time == null ? null : time.workflowBudgetDays();
        BigDecimal review = total == null ? null : leaderShare(total, QUARTER);
        BigDecimal approval = total == null ? null : leaderShare(total, HALF);
        BigDecimal appraisal = total == null ? null : total.subtract(review).subtract(approval);
        BigDecimal none = total == null ? null : BigDecimal.ZERO;
        UUID receiver = center == null ? agency : center;
        return List.of(
                new WorkflowStepView(
                        1, "Tiếp nhận hồ sơ", receiver, StepRole.RECEPTION_OFFICER, none, List.of(), List.of()),
                new WorkflowStepView(
                        2, "Thẩm định hồ sơ", agency, StepRole.SPECIALIST, appraisal, List.of(), List.of(1)),
                new WorkflowStepView(
                        3, "Lãnh đạo phòng xem xét", agency, StepRole.UNIT_LEADER, review, List.of(), List.of(2)),
                new WorkflowStepView(
                        4,
                        "Lãnh đạo cơ quan phê duyệt",
                        agency,
                        StepRole.AGENCY_LEADER,
                        approval,
                        List.of(),
                        List.of(2)),
                new WorkflowStepView(
                        5, "Trả kết quả", receiver, StepRole.RECEPTION_OFFICER, none, List.of(), List.of()));
    }

    /**
     * {@code steps} with the longest step taking the difference to the budget of {@code time}; unchanged
     * when they already fit or cannot (no time, a budget missing, the longest step would go negative),
     * so that the rules report what is wrong.
     */
    static List<WorkflowStepView> fitted(List<WorkflowStepView> steps, ProcessingTime time) {
        if (time == null || steps.isEmpty() || steps.stream().anyMatch(s -> s.budgetDays() == null)) {
            return steps;
        }
        BigDecimal expected;
        try {
            expected = time.workflowBudgetDays();
        } catch (IllegalStateException fractionalCalendarAmount) {
            return steps;
        }
        BigDecimal sum = steps.stream().map(WorkflowStepView::budgetDays).reduce(BigDecimal.ZERO, BigDecimal::add);
        WorkflowStepView longest = steps.stream()
                .max(Comparator.comparing(WorkflowStepView::budgetDays))
                .orElseThrow();
        BigDecimal budget = longest.budgetDays().add(expected.subtract(sum));
        if (sum.compareTo(expected) == 0 || budget.signum() < 0) {
            return steps;
        }
        return steps.stream()
                .map(s -> s == longest
                        ? new WorkflowStepView(
                                s.order(),
                                s.name(),
                                s.responsibleAgencyId(),
                                s.role(),
                                budget.stripTrailingZeros(),
                                s.nextSteps(),
                                s.backSteps())
                        : s)
                .toList();
    }

    /** A leader's share: at most the given fraction of a day, never more than a quarter of the total. */
    private static BigDecimal leaderShare(BigDecimal total, BigDecimal wanted) {
        BigDecimal cap = total.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
        return wanted.min(cap).stripTrailingZeros();
    }
}
