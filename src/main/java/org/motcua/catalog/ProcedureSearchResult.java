package org.motcua.catalog;

import java.util.List;

/** One page of search hits, best first, and how many there are in all. */
public record ProcedureSearchResult(List<ProcedureSummary> items, int page, int size, long total) {

    public ProcedureSearchResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
