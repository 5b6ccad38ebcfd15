package org.motcua.catalog;

import java.util.List;

/**
 * One fee or charge of a procedure.
 *
 * @param amountVnd whole đồng; the headline amount (or {@code null}) of a TIERED fee
 * @param unit what the amount is counted per ("đồng/trang" …), {@code null} if not said
 */
public record FeeView(
        String name, FeeKind kind, Long amountVnd, String unit, List<FeeTier> tiers, String exemptionNote) {

    public FeeView {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
