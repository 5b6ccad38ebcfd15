package org.motcua.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation of officers or agencies over a period: for each, the figures of their dossiers (received,
 * resolved early/on time/late and the on-time rate, refused at reception, supplements asked for) beside
 * the applicants' ratings of the results they returned. Per officer, a dossier counts for the officer who
 * took each action (received, resolved, refused, asked for the supplement, returned the result rated).
 */
public record Evaluation(LocalDate from, LocalDate to, String scope, GroupBy groupBy, List<Row> rows) {

    public record Row(String key, String label, Figures figures, SatisfactionFigures satisfaction) {}
}
