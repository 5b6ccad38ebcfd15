package org.motcua.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motcua.shared.Vnd;
import org.motcua.statistics.FigureColumns;
import org.motcua.statistics.Figures;
import org.motcua.statistics.LateDossier;
import org.motcua.statistics.Summary;
import org.motcua.statistics.WeeklyReport;

/**
 * Figures as Excel workbooks: numbers stay numbers (rates as percentages, money in đồng) so that the
 * reader can add them up; the columns are {@link FigureColumns#ALL}.
 */
public final class FigureWorkbook {

    private FigureWorkbook() {}

    /** A named row of figures (a group, "Tổng cộng", "Tuần trước" …). */
    public record Line(String key, String label, Figures figures) {}

    public static byte[] summary(Summary summary) {
        return write(book -> {
            Styles s = new Styles(book);
            Sheet sheet = book.createSheet("Tong hop");
            title(
                    sheet,
                    s,
                    "SỐ LIỆU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH – " + summary.scope(),
                    summary.from() + " – " + summary.to());
            List<Line> lines = new java.util.ArrayList<>();
            if (summary.rows() != null) {
                summary.rows().forEach(r -> lines.add(new Line(r.key(), r.label(), r.figures())));
            }
            lines.add(new Line("", "Tổng cộng", summary.total()));
            table(sheet, s, 3, lines);
        });
    }

    public static byte[] weekly(WeeklyReport report) {
        return write(book -> {
            Styles s = new Styles(book);
            Sheet headline = book.createSheet("Tong hop");
            title(
                    headline,
                    s,
                    "BÁO CÁO TUẦN – TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                    report.from() + " – " + report.to());
            table(
                    headline,
                    s,
                    3,
                    List.of(
                            new Line("week", "Tuần này", report.week()),
                            new Line("previous", "Tuần trước", report.previousWeek()),
                            new Line("year", "Từ đầu năm", report.yearToDate())));
            Sheet agencies = book.createSheet("Theo co quan");
            title(agencies, s, "THEO CƠ QUAN, ĐƠN VỊ", report.from() + " – " + report.to());
            table(
                    agencies,
                    s,
                    3,
                    report.agencies().stream()
                            .map(r -> new Line(r.key(), r.label(), r.figures()))
                            .toList());
            Sheet online = book.createSheet("Truc tuyen");
            header(online, s, 0, List.of("Cơ quan", "Mã", "Hồ sơ trực tuyến", "Tỷ lệ trực tuyến"));
            int r = 1;
            for (Summary.Row row : report.online()) {
                Row x = online.createRow(r++);
                x.createCell(0).setCellValue(row.label());
                x.createCell(1).setCellValue(row.key());
                x.createCell(2).setCellValue(row.figures().receivedOnline());
                rate(x.createCell(3), s, row.figures().onlineShare());
            }
            Sheet late = book.createSheet("Tre han");
            header(
                    late,
                    s,
                    0,
                    List.of(
                            "Mã hồ sơ",
                            "Thủ tục",
                            "Cơ quan",
                            "Hẹn trả",
                            "Gia hạn đến",
                            "Hoàn thành",
                            "Trễ",
                            "Lý do (thư xin lỗi)",
                            "Bước quá hạn"));
            r = 1;
            for (LateDossier d : report.late()) {
                Row x = late.createRow(r++);
                x.createCell(0).setCellValue(d.code());
                x.createCell(1).setCellValue(d.procedureName());
                x.createCell(2).setCellValue(d.agencyName());
                x.createCell(3).setCellValue(String.valueOf(d.appointment()));
                x.createCell(4)
                        .setCellValue(
                                d.extendedTo() == null ? "" : d.extendedTo().toString());
                x.createCell(5)
                        .setCellValue(
                                d.finishedAt() == null
                                        ? "Chưa giải quyết"
                                        : d.finishedAt().toString());
                x.createCell(6).setCellValue(d.late());
                x.createCell(7).setCellValue(d.reason() == null ? "" : d.reason());
                x.createCell(8)
                        .setCellValue(String.join(
                                "; ",
                                d.steps().stream()
                                        .filter(LateDossier.Step::overran)
                                        .map(st -> st.name() + (st.agency() == null ? "" : " (" + st.agency() + ")"))
                                        .toList()));
            }
        });
    }

    /** The officers' or agencies' evaluation: one row each, the dossier figures then the ratings. */
    public static byte[] evaluation(org.motcua.statistics.Evaluation evaluation) {
        return write(book -> {
            Styles s = new Styles(book);
            Sheet sheet = book.createSheet("Danh gia");
            title(
                    sheet,
                    s,
                    (evaluation.groupBy() == org.motcua.statistics.GroupBy.OFFICER
                                    ? "ĐÁNH GIÁ CÁN BỘ, CÔNG CHỨC – "
                                    : "ĐÁNH GIÁ CƠ QUAN, ĐƠN VỊ – ")
                            + evaluation.scope(),
                    evaluation.from() + " – " + evaluation.to());
            header(
                    sheet,
                    s,
                    3,
                    List.of(
                            "Mã",
                            "Tên",
                            "Tiếp nhận",
                            "Đã giải quyết",
                            "Trước và đúng hạn",
                            "Quá hạn",
                            "Tỷ lệ đúng hạn",
                            "Từ chối tiếp nhận",
                            "Yêu cầu bổ sung",
                            "Lượt đánh giá",
                            "Rất hài lòng",
                            "Hài lòng",
                            "Không hài lòng",
                            "Tỷ lệ hài lòng"));
            int r = 4;
            for (var line : evaluation.rows()) {
                Row row = sheet.createRow(r++);
                var f = line.figures();
                var g = line.satisfaction();
                row.createCell(0).setCellValue(line.key());
                row.createCell(1).setCellValue(line.label());
                row.createCell(2).setCellValue(f.receivedNew());
                row.createCell(3).setCellValue(f.resolvedTotal());
                row.createCell(4).setCellValue(f.resolvedEarly() + f.resolvedOnTime());
                row.createCell(5).setCellValue(f.resolvedLate());
                rate(row.createCell(6), s, f.onTimeRate());
                row.createCell(7).setCellValue(f.refused());
                row.createCell(8).setCellValue(f.supplementRequested());
                row.createCell(9).setCellValue(g.rated());
                row.createCell(10).setCellValue(g.verySatisfied());
                row.createCell(11).setCellValue(g.satisfied());
                row.createCell(12).setCellValue(g.notSatisfied());
                rate(row.createCell(13), s, g.satisfactionRate());
            }
            sheet.setColumnWidth(1, 40 * 256);
        });
    }

    private interface Content {
        void fill(XSSFWorkbook book);
    }

    private static byte[] write(Content content) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle percent, CellStyle money) {
        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle(), book.createCellStyle());
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        }
    }

    private static void title(Sheet sheet, Styles s, String title, String period) {
        Cell c = sheet.createRow(0).createCell(0);
        c.setCellValue(title);
        c.setCellStyle(s.bold());
        sheet.createRow(1).createCell(0).setCellValue(period);
    }

    private static void header(Sheet sheet, Styles s, int at, List<String> headings) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < headings.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headings.get(i));
            c.setCellStyle(s.bold());
        }
    }

    private static void table(Sheet sheet, Styles s, int at, List<Line> lines) {
        List<String> headings = new java.util.ArrayList<>(List.of("Mã", "Tên"));
        FigureColumns.ALL.forEach(c -> headings.add(c.heading()));
        header(sheet, s, at, headings);
        int r = at + 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.key());
            row.createCell(1).setCellValue(line.label());
            int col = 2;
            for (FigureColumns.Column c : FigureColumns.ALL) {
                Cell cell = row.createCell(col++);
                Object v = c.value().apply(line.figures());
                switch (c.kind()) {
                    case COUNT -> cell.setCellValue((Long) v);
                    case RATE -> rate(cell, s, (BigDecimal) v);
                    case MONEY -> {
                        cell.setCellValue(((Vnd) v).dong());
                        cell.setCellStyle(s.money());
                    }
                    case DAYS -> {
                        if (v != null) {
                            cell.setCellValue(((BigDecimal) v).doubleValue());
                        }
                    }
                }
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void rate(Cell cell, Styles s, BigDecimal rate) {
        if (rate != null) {
            cell.setCellValue(rate.doubleValue());
            cell.setCellStyle(s.percent());
        }
    }
}
