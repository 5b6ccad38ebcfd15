package org.motcua.dossier;

import java.time.LocalDateTime;

/**
 * Finished early, on time or late against a due time (docs/domain.md §6), as the one-stop reports count
 * it: late is after the due time; early is on a day before the due day (trước hạn); otherwise — the
 * due day itself, up to the due time — on time (đúng hạn). Counting on-time by the exact minute would
 * leave the "on time" column empty in every report.
 */
public enum StepVerdict {
    EARLY,
    ON_TIME,
    LATE;

    public static StepVerdict of(LocalDateTime finished, LocalDateTime due) {
        if (finished.isAfter(due)) {
            return LATE;
        }
        return finished.toLocalDate().isBefore(due.toLocalDate()) ? EARLY : ON_TIME;
    }
}
