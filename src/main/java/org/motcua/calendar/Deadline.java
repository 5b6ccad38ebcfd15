package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A computed deadline with its explanation.
 *
 * @param start when the dossier was received (as given, before any normalisation)
 * @param due the due time; finishing at or before it is on time
 * @param unit how the amount was counted
 * @param amount the processing time
 * @param explanation the rule used, moved start, skipped days, pauses and proposals, in order
 */
public record Deadline(
        LocalDateTime start, LocalDateTime due, DeadlineUnit unit, BigDecimal amount, List<Explanation> explanation) {

    public Deadline {
        explanation = List.copyOf(explanation);
    }

    /** True when an unconfirmed (proposed) holiday schedule was used for some year of the period. */
    public boolean usesProposedSchedule() {
        return explanation.stream().anyMatch(Explanation.ProposedSchedule.class::isInstance);
    }

    public List<String> explanationVi() {
        return explanation.stream().map(Explanation::vi).toList();
    }

    public List<String> explanationEn() {
        return explanation.stream().map(Explanation::en).toList();
    }
}
