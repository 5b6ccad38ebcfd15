package org.motcua.payments;

import org.motcua.catalog.FeeKind;

/**
 * One fee as assessed: what was counted, the amount before and after the exemption or reduction.
 *
 * @param counted how the amount was reached, in words ("3 × 10.000", "2 × 2.000 + 5 × 1.000")
 */
public record AssessedLine(
        String name,
        FeeKind kind,
        String unit,
        String counted,
        long baseVnd,
        Integer reductionPercent,
        String reductionReason,
        Long capVnd,
        long dueVnd) {}
