package org.motcua.catalog;

/** Stable machine codes of import problems; clients and tests rely on {@link #key()}. */
public enum ImportProblemCode {
    UNREADABLE_FILE("import.unreadable_file"),
    UNKNOWN_SHEET("import.unknown_sheet"),
    UNKNOWN_COLUMN("import.unknown_column"),
    MISSING_COLUMN("import.missing_column"),
    MISSING_VALUE("import.missing_value"),
    BAD_ENUM("import.bad_enum"),
    BAD_NUMBER("import.bad_number"),
    BAD_FORMAT("import.bad_format"),
    NEGATIVE_AMOUNT("import.negative_amount"),
    OUT_OF_RANGE("import.out_of_range"),
    INCONSISTENT_VALUE("import.inconsistent_value"),
    DUPLICATE_CODE("import.duplicate_code"),
    UNKNOWN_REFERENCE("import.unknown_reference"),
    AGENCY_CYCLE("import.agency_cycle"),
    WORKFLOW_BUDGET_MISMATCH("import.workflow_budget_mismatch");

    private final String key;

    ImportProblemCode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
