package org.motcua.dossier;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Vnd;

/**
 * What the result of an enterprise or investment procedure registers, recorded when it is resolved: the
 * registered (or investment) capital and whether the investor is foreign. The statistics count enterprises
 * and projects, domestic and foreign, with their capital, from it.
 *
 * @param amount the capital in whole đồng
 * @param foreignInvestor a foreign investor (or an economic organisation with foreign investment), not a
 *     domestic one
 */
public record RegisteredCapital(
        @Schema(description = "Vốn đăng ký, đồng / registered capital, VND", example = "2000000000")
        Vnd amount,

        boolean foreignInvestor) {

    public RegisteredCapital {
        if (amount == null || amount.dong() <= 0) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("capital.amount", "Positive", null)));
        }
    }
}
