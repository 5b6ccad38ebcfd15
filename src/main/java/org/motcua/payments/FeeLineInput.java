package org.motcua.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the officer counted for one published fee of the procedure.
 *
 * @param fee the fee's position in the procedure's fee list (0 first)
 * @param quantity how many units (pages, copies, cases): for a FIXED fee the number of cases (1 if
 *     omitted), required for a PER_UNIT fee
 * @param tierQuantities for a TIERED fee, how many units fall in each tier, in the tiers' order (a tier by
 *     value: 1 in the applicable tier, 0 elsewhere)
 * @param reductionPercent an exemption (100) or reduction (1–99) the law grants this applicant
 * @param reductionReason the legal ground of the exemption or reduction (required with one)
 */
public record FeeLineInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer fee,
        Long quantity,
        List<Long> tierQuantities,
        Integer reductionPercent,
        String reductionReason) {

    public FeeLineInput {
        tierQuantities = tierQuantities == null ? List.of() : List.copyOf(tierQuantities);
    }
}
