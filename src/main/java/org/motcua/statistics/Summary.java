package org.motcua.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a scope and period: {@code total}, and {@code rows} when grouped.
 *
 * @param scope what was counted, in words ("Toàn tỉnh", an agency's name …)
 * @param results the investment and enterprise figures of the scope and period (every {@link ResultFigure},
 *     zero where none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(
        LocalDate from,
        LocalDate to,
        String scope,
        GroupBy groupBy,
        List<Row> rows,
        Figures total,
        List<ResultFigures> results) {

    /** One group: its key (an agency or procedure code, a field code, a channel, a day …) and label. */
    public record Row(String key, String label, Figures figures) {}
}
