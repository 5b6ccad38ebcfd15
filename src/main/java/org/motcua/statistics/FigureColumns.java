package org.motcua.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a figures table, in the order the pages, the PDF and the workbook print them, each with
 * its Vietnamese heading and its JSON name: one list, so that every export shows the same table.
 */
public final class FigureColumns {

    /** A column: a count, a rate (0–1) or money. */
    public record Column(String name, String heading, Kind kind, Function<Figures, Object> value) {

        /** Whether the dossiers behind this count can be listed ({@link Statistics#dossiers}). */
        public boolean hasDossiers() {
            return org.motcua.statistics.internal.FigureDossiers.FIGURES.contains(name);
        }

        public String text(Figures f) {
            Object v = value.apply(f);
            return switch (kind) {
                case COUNT -> VietnameseNumbers.count((Long) v);
                case RATE -> VietnameseNumbers.percent((BigDecimal) v);
                case MONEY -> VietnameseNumbers.money((org.motcua.shared.Vnd) v);
                case DAYS -> VietnameseNumbers.decimal((BigDecimal) v);
            };
        }
    }

    public enum Kind {
        COUNT,
        RATE,
        MONEY,
        DAYS
    }

    public static final List<Column> ALL = List.of(
            new Column("carriedOver", "Kỳ trước chuyển sang", Kind.COUNT, Figures::carriedOver),
            new Column("receivedNew", "Tiếp nhận mới", Kind.COUNT, Figures::receivedNew),
            new Column("receivedOnline", "Trong đó trực tuyến", Kind.COUNT, Figures::receivedOnline),
            new Column("receivedCounter", "Trực tiếp", Kind.COUNT, Figures::receivedCounter),
            new Column("receivedPostal", "Qua bưu chính", Kind.COUNT, Figures::receivedPostal),
            new Column("receivedTotal", "Tổng số phải giải quyết", Kind.COUNT, Figures::receivedTotal),
            new Column("resolvedEarly", "Giải quyết trước hạn", Kind.COUNT, Figures::resolvedEarly),
            new Column("resolvedOnTime", "Đúng hạn", Kind.COUNT, Figures::resolvedOnTime),
            new Column("resolvedLate", "Quá hạn", Kind.COUNT, Figures::resolvedLate),
            new Column("resolvedTotal", "Đã giải quyết", Kind.COUNT, Figures::resolvedTotal),
            new Column("onTimeRate", "Tỷ lệ đúng hạn", Kind.RATE, Figures::onTimeRate),
            new Column("inProgressOnTime", "Đang giải quyết trong hạn", Kind.COUNT, Figures::inProgressOnTime),
            new Column("inProgressOverdue", "Đang giải quyết quá hạn", Kind.COUNT, Figures::inProgressOverdue),
            new Column("waitingSupplement", "Chờ bổ sung", Kind.COUNT, Figures::waitingSupplement),
            new Column("withdrawn", "Rút hồ sơ", Kind.COUNT, Figures::withdrawn),
            new Column("stopped", "Dừng xử lý", Kind.COUNT, Figures::stopped),
            new Column("refused", "Từ chối tiếp nhận", Kind.COUNT, Figures::refused),
            new Column("returned", "Đã trả kết quả", Kind.COUNT, Figures::returned),
            new Column("returnedByPost", "Trả qua bưu chính", Kind.COUNT, Figures::returnedByPost),
            new Column("onlineShare", "Tỷ lệ trực tuyến", Kind.RATE, Figures::onlineShare),
            new Column("postalReturnShare", "Tỷ lệ trả qua bưu chính", Kind.RATE, Figures::postalReturnShare),
            new Column("fourOnSiteShare", "Tỷ lệ 4 tại chỗ", Kind.RATE, Figures::fourOnSiteShare),
            new Column("averageProcessingDays", "Thời gian xử lý TB (ngày)", Kind.DAYS, Figures::averageProcessingDays),
            new Column("feesCollected", "Phí, lệ phí đã thu", Kind.MONEY, Figures::feesCollected));

    private FigureColumns() {}
}
