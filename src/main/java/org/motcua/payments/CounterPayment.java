package org.motcua.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import org.motcua.shared.Vnd;

/** Money taken at the counter: cash or card, at most what is still owed. */
public record CounterPayment(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PaymentMethod method,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Vnd amountVnd,
        String payerName) {}
