package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dossier's fees as assessed: {@code computedVnd} from the published fee items, {@code dueVnd} what is
 * owed (different only with an {@code overrideReason}).
 */
public record Assessment(
        UUID id,
        UUID dossierId,
        String dossierCode,
        DueStage dueStage,
        List<AssessedLine> lines,
        long computedVnd,
        long dueVnd,
        String overrideReason,
        String assessedBy,
        LocalDateTime assessedAt) {

    public Assessment {
        lines = List.copyOf(lines);
    }
}
