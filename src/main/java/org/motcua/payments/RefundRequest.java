package org.motcua.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import org.motcua.shared.Vnd;

/** Money given back on a payment, at most what it paid and was not yet refunded, with the reason. */
public record RefundRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Vnd amountVnd,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}
