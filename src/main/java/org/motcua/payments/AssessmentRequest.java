package org.motcua.payments;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.motcua.shared.Vnd;

/**
 * An officer's assessment of a dossier's fees.
 *
 * @param overrideVnd an amount other than the computed one, kept only with {@code overrideReason}
 * @param dueStage when the fees fall due; the procedure's setting when omitted
 */
public record AssessmentRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FeeLineInput> lines,
        Vnd overrideVnd,
        String overrideReason,
        DueStage dueStage) {

    public AssessmentRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
