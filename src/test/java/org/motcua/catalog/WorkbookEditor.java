package org.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits cells of a catalog workbook the way an officer would in Excel; for broken-copy tests. */
final class WorkbookEditor implements AutoCloseable {

    private final XSSFWorkbook workbook;

    WorkbookEditor(byte[] xlsx) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets a cell of the row whose first cells match {@code key} (e.g. procedure code, or procedure
     * code and step number) and returns that row's number as the officer sees it.
     */
    int set(String sheetName, String header, Object value, String... key) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = findRow(sheet, key);
        Cell cell = row.getCell(column(sheet, header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        switch (value) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
        return row.getRowNum() + 1;
    }

    /** Appends a header cell to row 1 of a sheet. */
    void addHeader(String sheetName, String header) {
        Row row = workbook.getSheet(sheetName).getRow(0);
        row.createCell(row.getLastCellNum()).setCellValue(header);
    }

    /** Row number of the row whose first cells match {@code key}. */
    int rowOf(String sheetName, String... key) {
        return findRow(workbook.getSheet(sheetName), key).getRowNum() + 1;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static Row findRow(Sheet sheet, String... key) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && matches(row, key)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row " + String.join("/", key) + " in " + sheet.getSheetName());
    }

    private static boolean matches(Row row, String... key) {
        for (int i = 0; i < key.length; i++) {
            Cell cell = row.getCell(i);
            String text = cell == null
                    ? ""
                    : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    };
            if (!text.equals(key[i])) {
                return false;
            }
        }
        return true;
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
    }
}
