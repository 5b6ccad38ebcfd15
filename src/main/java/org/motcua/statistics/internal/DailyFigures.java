package org.motcua.statistics.internal;

import java.util.Set;

/** The flow columns of {@code statistics.daily_figures}: the only names the SQL is built from. */
final class DailyFigures {

    static final Set<String> COLUMNS = Set.of(
            "received",
            "postal_delivery",
            "resolved_early",
            "resolved_on_time",
            "resolved_late",
            "processing_minutes",
            "four_on_site",
            "refused",
            "withdrawn",
            "stopped",
            "returned",
            "returned_by_post",
            "extended",
            "supplement_requested",
            "fees_vnd");

    private DailyFigures() {}

    static String column(String name) {
        if (!COLUMNS.contains(name)) {
            throw new IllegalArgumentException("not a flow column: " + name);
        }
        return name;
    }
}
