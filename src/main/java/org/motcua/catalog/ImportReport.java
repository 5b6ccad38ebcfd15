package org.motcua.catalog;

import java.util.List;

/**
 * What an import did or, in a dry run, would do.
 *
 * @param applied whether the catalog was changed (never in a dry run, never with problems)
 * @param problems every problem found, by sheet, row and column; empty when the file can be applied
 * @param changes counts of what was (or would be) created and published
 */
public record ImportReport(boolean dryRun, boolean applied, List<ImportProblem> problems, CatalogImported changes) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
