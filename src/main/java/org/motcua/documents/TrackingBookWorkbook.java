package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The tracking book as an Excel workbook: same columns as the printed book, one row per dossier. */
final class TrackingBookWorkbook {

    static final List<String> COLUMNS = List.of(
            "STT",
            "Mã hồ sơ",
            "Tên thủ tục hành chính",
            "Số lượng hồ sơ (bộ)",
            "Tên cá nhân, tổ chức",
            "Địa chỉ, số điện thoại",
            "Cơ quan chủ trì giải quyết",
            "Nhận hồ sơ",
            "Hẹn trả kết quả",
            "Chuyển hồ sơ đến cơ quan giải quyết",
            "Nhận kết quả từ cơ quan giải quyết",
            "Trả kết quả cho cá nhân, tổ chức",
            "Ghi chú");

    private TrackingBookWorkbook() {}

    static byte[] write(TrackingBook book) {
        // Streaming: a year's book of a busy center has tens of thousands of rows.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("So theo doi ho so");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(FormKind.TRACKING_BOOK.title() + " — " + book.scope());
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue("Từ ngày " + FormFormat.INSTANCE.shortDate(book.from()) + " đến ngày "
                            + FormFormat.INSTANCE.shortDate(book.to()));
            Row header = sheet.createRow(3);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 4;
            for (TrackingBook.Row row : book.rows()) {
                Row out = sheet.createRow(r++);
                out.createCell(0).setCellValue(row.number());
                out.createCell(1).setCellValue(row.code());
                out.createCell(2).setCellValue(row.procedureName());
                out.createCell(3).setCellValue(row.sets());
                out.createCell(4).setCellValue(row.applicantName());
                out.createCell(5).setCellValue(text(row.addressAndPhone()));
                out.createCell(6).setCellValue(text(row.leadAgency()));
                out.createCell(7).setCellValue(time(row.receivedAt()));
                out.createCell(8).setCellValue(time(row.dueAt()));
                out.createCell(9).setCellValue(time(row.transferredAt()));
                out.createCell(10).setCellValue(time(row.resultReceivedAt()));
                out.createCell(11).setCellValue(time(row.returnedAt()));
                out.createCell(12).setCellValue(text(row.note()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(LocalDateTime at) {
        return FormFormat.INSTANCE.shortDateTime(at);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
