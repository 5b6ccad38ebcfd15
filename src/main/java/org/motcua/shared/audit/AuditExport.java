package org.motcua.shared.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.motcua.shared.Vietnam;
import org.springframework.stereotype.Component;

/**
 * The audit entries an inspector asked for, as CSV (UTF-8 with a byte order mark, so that Excel reads the
 * Vietnamese letters) or as an Excel workbook, written as they are read: an export of any size holds a
 * few hundred rows in memory at a time. Each row carries its hash, so the chain can be checked again
 * outside motcua ({@code docs/operations.md}).
 */
@Component
public class AuditExport {

    /** Excel's limit of rows in one sheet, less the header. */
    static final int XLSX_ROWS = 1_048_575;

    static final List<String> COLUMNS = List.of(
            "Số thứ tự",
            "Thời điểm",
            "Người thực hiện",
            "Hành động",
            "Loại",
            "Hồ sơ / tài khoản",
            "Số tham chiếu",
            "Chủ dữ liệu",
            "Địa chỉ",
            "Mã yêu cầu",
            "Chi tiết",
            "Ngày niêm phong",
            "Mã băm (SHA-256)");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditChain chain;
    private final AuditTrail trail;

    AuditExport(AuditChain chain, AuditTrail trail) {
        this.chain = chain;
        this.trail = trail;
    }

    /** Writes the entries matching {@code query} to {@code out} as CSV; the export itself is recorded first. */
    public void csv(AuditChain.Query query, OutputStream out) {
        recordExport(query, "csv");
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS);
            chain.each(query, e -> {
                try {
                    printer.printRecord(values(e));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #csv}, as an Excel workbook (at most {@link #XLSX_ROWS} rows, Excel's limit: a longer
     * export needs CSV).
     */
    public void xlsx(AuditChain.Query query, OutputStream out) {
        recordExport(query, "xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Nhat ky");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] row = {1};
            chain.each(query, e -> {
                if (row[0] > XLSX_ROWS) {
                    return;
                }
                Row r = sheet.createRow(row[0]++);
                r.createCell(0).setCellValue(e.seq());
                List<String> values = values(e);
                for (int c = 1; c < values.size(); c++) {
                    r.createCell(c).setCellValue(values.get(c));
                }
            });
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An inspector's export shows personal data: it is a read of the trail, recorded in it. */
    private void recordExport(AuditChain.Query q, String format) {
        trail.changed(
                "export." + format,
                new AuditTrail.Subject("audit", "trail", null, q.person()),
                "from=" + q.from() + " to=" + q.to() + " person=" + q.person() + " actor=" + q.actor() + " dossier="
                        + q.dossier());
    }

    static List<String> values(AuditEntry e) {
        return java.util.Arrays.asList(
                Long.toString(e.seq()),
                TIME.format(LocalDateTime.ofInstant(e.at(), Vietnam.ZONE)),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subject(),
                nullToEmpty(e.subjectAlias()),
                nullToEmpty(e.person()),
                nullToEmpty(e.address()),
                nullToEmpty(e.traceId()),
                nullToEmpty(e.detail()),
                e.chainDay().toString(),
                e.hashHex());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
