package org.motcua.catalog;

/**
 * One problem found while reading a catalog file.
 *
 * @param sheet sheet name (CSV: the file's sheet name)
 * @param row spreadsheet row number as the officer sees it (header = 1, first data row = 2);
 *     0 for a problem with the whole sheet
 * @param column Vietnamese column header, {@code null} for a problem with a whole row or sheet
 */
public record ImportProblem(
        String sheet, int row, String column, ImportProblemCode code, String messageVi, String messageEn) {}
