package org.motcua.catalog;

import java.util.List;

/**
 * One fee or charge (phí, lệ phí) of a procedure.
 *
 * @param procedureCode {@link ProcedureRow#code()} of the procedure
 * @param amountVnd amount in đồng; required for FIXED and PER_UNIT, the headline amount (or
 *     {@code null}) for TIERED
 * @param unit what the amount is counted per ("đồng/trang", "đồng/hồ sơ" …), {@code null} if not said
 * @param tiers the tiers of a TIERED fee, empty otherwise
 * @param exemptionNote exemptions, reductions and caps in the words of the publishing decision
 */
public record FeeRow(
        String procedureCode,
        String name,
        FeeKind kind,
        Long amountVnd,
        String unit,
        List<FeeTier> tiers,
        String exemptionNote) {

    public FeeRow {
        tiers = List.copyOf(tiers);
    }
}
