package org.motcua.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motcua.catalog.CatalogImport;

/** The .xlsx form of the template: one sheet per {@link SheetCodec}, headers in row 1. */
public final class XlsxFormat {

    /** Rows that get the drop-down lists of choice columns in a written workbook. */
    private static final int VALIDATED_ROWS = 5000;

    private XlsxFormat() {}

    /** Reads every sheet as text cells in the canonical form of {@link Cells}. */
    public static List<RawSheet> read(InputStream xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            List<RawSheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(readSheet(sheet));
            }
            return sheets;
        }
    }

    private static RawSheet readSheet(Sheet sheet) {
        List<RawSheet.RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(text(row.getCell(i)));
            }
            rows.add(new RawSheet.RawRow(row.getRowNum() + 1, cells));
        }
        rows.removeIf(RawSheet.RawRow::isBlank);
        if (rows.isEmpty()) {
            return new RawSheet(sheet.getSheetName(), 1, List.of(), List.of());
        }
        RawSheet.RawRow header = rows.getFirst();
        return new RawSheet(sheet.getSheetName(), header.number(), header.cells(), rows.subList(1, rows.size()));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Cells.format(cell.getBooleanCellValue());
            case NUMERIC -> numeric(cell);
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            // a date-formatted number below one day is a time of day (e.g. the 15:00 cut-off)
            return value < 1
                    ? Cells.format(cell.getLocalDateTimeCellValue().toLocalTime())
                    : Cells.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return Cells.plain(BigDecimal.valueOf(value));
    }

    public static byte[] write(CatalogImport catalog) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeSheet(workbook, styles, new AgencySheet(), catalog.agencies());
            writeSheet(workbook, styles, new FieldSheet(), catalog.fields());
            writeSheet(workbook, styles, new ProcedureSheet(), catalog.procedures());
            writeSheet(workbook, styles, new DocumentSheet(), catalog.documents());
            writeSheet(workbook, styles, new FeeSheet(), catalog.fees());
            writeSheet(workbook, styles, new WorkflowSheet(), catalog.workflowSteps());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory workbook failed", e);
        }
    }

    private static <R> void writeSheet(Workbook workbook, Styles styles, SheetCodec<R> codec, List<R> rows) {
        Sheet sheet = workbook.createSheet(codec.sheetName());
        List<Column> columns = codec.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setDefaultColumnStyle(c, styles.forKind(columns.get(c).kind()));
            sheet.setColumnWidth(
                    c, Math.min(60, Math.max(12, columns.get(c).header().length() + 4)) * 256);
            addChoices(sheet, c, columns.get(c));
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = codec.write(rows.get(r));
            for (int c = 0; c < values.size(); c++) {
                writeCell(row, c, values.get(c), styles);
            }
        }
    }

    private static void writeCell(Row row, int index, Object value, Styles styles) {
        if (value == null || "".equals(value)) {
            return;
        }
        Cell cell = row.createCell(index);
        switch (value) {
            case BigDecimal d -> {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(styles.number);
            }
            case Long l -> {
                cell.setCellValue(l);
                cell.setCellStyle(styles.number);
            }
            case Integer i -> {
                cell.setCellValue(i);
                cell.setCellStyle(styles.number);
            }
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            }
            case LocalTime t -> {
                cell.setCellValue(DateUtil.convertTime(Cells.format(t)));
                cell.setCellStyle(styles.time);
            }
            default -> {
                // codes such as 2.000890 or phone numbers must stay text, or Excel would turn them into numbers
                cell.setCellValue(Cells.format(value));
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static void addChoices(Sheet sheet, int index, Column column) {
        if (column.choices().isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, index, index));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle time;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            number = workbook.createCellStyle();
            number.setDataFormat(format.getFormat("General"));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("dd/mm/yyyy"));
            time = workbook.createCellStyle();
            time.setDataFormat(format.getFormat("hh:mm"));
        }

        CellStyle forKind(Column.Kind kind) {
            return switch (kind) {
                case TEXT -> text;
                case NUMBER -> number;
                case DATE -> date;
                case TIME -> time;
            };
        }
    }
}
