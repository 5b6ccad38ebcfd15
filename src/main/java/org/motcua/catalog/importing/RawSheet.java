package org.motcua.catalog.importing;

import java.util.List;

/**
 * A sheet as plain text cells, the common shape of an xlsx sheet and a CSV file.
 *
 * @param headerRowNumber row number of the header (1 unless leading rows were blank)
 */
public record RawSheet(String name, int headerRowNumber, List<String> headers, List<RawRow> rows) {

    public record RawRow(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
