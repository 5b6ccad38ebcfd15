package org.motcua.catalog;

import java.util.List;

/**
 * Everything read from a catalog workbook or CSV set, with every problem found.
 *
 * <p>Rows are kept even when some of their cells are wrong (those values are {@code null}), so
 * that one bad cell does not cascade into "unknown reference" problems elsewhere. A catalog with
 * problems must not be applied: the import is all or nothing.
 */
public record CatalogImport(
        List<AgencyRow> agencies,
        List<FieldRow> fields,
        List<ProcedureRow> procedures,
        List<RequiredDocumentRow> documents,
        List<FeeRow> fees,
        List<WorkflowStepRow> workflowSteps,
        List<ImportProblem> problems) {

    public CatalogImport {
        agencies = List.copyOf(agencies);
        fields = List.copyOf(fields);
        procedures = List.copyOf(procedures);
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        workflowSteps = List.copyOf(workflowSteps);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
