package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.motcua.catalog.ImportProblem;
import org.motcua.catalog.ImportProblemCode;

/** Collects import problems; the one place where their Vietnamese and English messages are worded. */
public final class Problems {

    private final List<ImportProblem> all = new ArrayList<>();
    private final Set<String> reportedCells = new HashSet<>();

    public List<ImportProblem> all() {
        return List.copyOf(all);
    }

    /** At most one problem per cell: the first one found is the cause, later ones would be echoes. */
    void add(String sheet, int row, String column, ImportProblemCode code, String vi, String en) {
        if (column != null && !reportedCells.add(sheet + '\u0000' + row + '\u0000' + column)) {
            return;
        }
        all.add(new ImportProblem(sheet, row, column, code, vi, en));
    }

    void unreadableFile(String sheet, String reason) {
        add(
                sheet,
                0,
                null,
                ImportProblemCode.UNREADABLE_FILE,
                "Không đọc được tệp (" + reason + ")",
                "The file cannot be read (" + reason + ")");
    }

    void unknownSheet(String sheet, List<String> known) {
        add(
                sheet,
                0,
                null,
                ImportProblemCode.UNKNOWN_SHEET,
                "Trang tính \"" + sheet + "\" không thuộc mẫu; các trang hợp lệ: " + known,
                "Sheet \"" + sheet + "\" is not part of the template; valid sheets: " + known);
    }

    void unknownColumn(String sheet, int row, String header) {
        add(
                sheet,
                row,
                header,
                ImportProblemCode.UNKNOWN_COLUMN,
                "Cột \"" + header + "\" không thuộc mẫu",
                "Column \"" + header + "\" is not part of the template");
    }

    void missingColumn(String sheet, int row, String header) {
        add(
                sheet,
                row,
                header,
                ImportProblemCode.MISSING_COLUMN,
                "Thiếu cột bắt buộc \"" + header + "\"",
                "Mandatory column \"" + header + "\" is missing");
    }

    void missingValue(String sheet, int row, String column) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.MISSING_VALUE,
                "Chưa nhập giá trị bắt buộc",
                "A mandatory value is missing");
    }

    /** A mandatory value that only a rule across cells asks for, worded by that rule. */
    void missingValue(String sheet, int row, String column, String vi, String en) {
        add(sheet, row, column, ImportProblemCode.MISSING_VALUE, vi, en);
    }

    void badEnum(String sheet, int row, String column, String value, List<String> allowed) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.BAD_ENUM,
                "Giá trị \"" + value + "\" không hợp lệ; chọn một trong " + allowed,
                "Value \"" + value + "\" is not allowed; use one of " + allowed);
    }

    void badNumber(String sheet, int row, String column, String value) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.BAD_NUMBER,
                "\"" + value + "\" không phải là số",
                "\"" + value + "\" is not a number");
    }

    void badFormat(String sheet, int row, String column, String value, String expectedVi, String expectedEn) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.BAD_FORMAT,
                "\"" + value + "\" sai định dạng; cần " + expectedVi,
                "\"" + value + "\" is malformed; expected " + expectedEn);
    }

    void negative(String sheet, int row, String column, Object value) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.NEGATIVE_AMOUNT,
                "Giá trị không được âm: " + value,
                "The value must not be negative: " + value);
    }

    void outOfRange(String sheet, int row, String column, Object value, int minimum) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.OUT_OF_RANGE,
                "Giá trị " + value + " phải từ " + minimum + " trở lên",
                "Value " + value + " must be at least " + minimum);
    }

    void inconsistent(String sheet, int row, String column, String vi, String en) {
        add(sheet, row, column, ImportProblemCode.INCONSISTENT_VALUE, vi, en);
    }

    void duplicate(String sheet, int row, String column, String value, int firstRow) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.DUPLICATE_CODE,
                "\"" + value + "\" bị trùng với dòng " + firstRow,
                "\"" + value + "\" duplicates row " + firstRow);
    }

    void unknownReference(String sheet, int row, String column, String value, String targetVi, String targetEn) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.UNKNOWN_REFERENCE,
                "Không tìm thấy " + targetVi + " \"" + value + "\"",
                "Unknown " + targetEn + " \"" + value + "\"");
    }

    void agencyCycle(String sheet, int row, String column, List<String> cycle) {
        String path = String.join(" → ", cycle);
        add(
                sheet,
                row,
                column,
                ImportProblemCode.AGENCY_CYCLE,
                "Cây cơ quan bị vòng lặp: " + path,
                "The agency tree has a cycle: " + path);
    }

    void budgetMismatch(
            String sheet, int row, String column, String procedure, BigDecimal sum, BigDecimal expected, String unit) {
        add(
                sheet,
                row,
                column,
                ImportProblemCode.WORKFLOW_BUDGET_MISMATCH,
                "Tổng thời gian các bước của thủ tục \"" + procedure + "\" là " + Cells.plain(sum)
                        + " ngày làm việc, phải bằng " + Cells.plain(expected) + " (thời hạn " + unit + ")",
                "Workflow budgets of procedure \"" + procedure + "\" add up to " + Cells.plain(sum)
                        + " working days, expected " + Cells.plain(expected) + " (legal time " + unit + ")");
    }
}
