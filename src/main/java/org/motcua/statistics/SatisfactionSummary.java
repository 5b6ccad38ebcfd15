package org.motcua.statistics;

import java.time.LocalDate;
import java.util.List;

/** The satisfaction figures of a period and scope, in total and per group (null rows when not grouped). */
public record SatisfactionSummary(
        LocalDate from, LocalDate to, String scope, GroupBy groupBy, List<Row> rows, SatisfactionFigures total) {

    /** One group: its key as clients know it (agency or procedure code, user name, month) and its label. */
    public record Row(String key, String label, SatisfactionFigures figures) {}
}
