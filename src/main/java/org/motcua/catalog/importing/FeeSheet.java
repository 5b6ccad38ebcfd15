package org.motcua.catalog.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.FeeRow;
import org.motcua.catalog.FeeTier;

/**
 * Sheet {@code PhiLePhi}: fees and charges, one item per row. Tiers are written in one cell as
 * {@code label = amount; label = amount}.
 */
public final class FeeSheet implements SheetCodec<FeeRow> {

    public static final String SHEET = "PhiLePhi";

    static final Column PROCEDURE = Column.requiredText("procedureCode", "Mã thủ tục");
    static final Column NAME = Column.requiredText("name", "Tên phí, lệ phí");
    static final Column KIND = Column.choice("kind", "Loại mức thu", true, FeeKind.class);
    static final Column AMOUNT = Column.number("amountVnd", "Mức thu (đồng)", false);
    static final Column UNIT = Column.text("unit", "Đơn vị tính");
    static final Column TIERS = Column.text("tiers", "Biểu mức thu");
    static final Column NOTE = Column.text("exemptionNote", "Miễn, giảm, ghi chú");

    private static final List<Column> COLUMNS = List.of(PROCEDURE, NAME, KIND, AMOUNT, UNIT, TIERS, NOTE);

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public FeeRow read(RowReader r) {
        String procedure = r.text(PROCEDURE);
        String name = r.text(NAME);
        FeeKind kind = r.choice(KIND, FeeKind.class);
        Long amount = r.vnd(AMOUNT);
        String unit = r.text(UNIT);
        List<FeeTier> tiers = tiers(r);
        String note = r.text(NOTE);
        if (kind != null) {
            checkKind(r, kind, amount, unit, tiers);
        }
        return new FeeRow(procedure, name, kind, amount, unit, tiers, note);
    }

    private static void checkKind(RowReader r, FeeKind kind, Long amount, String unit, List<FeeTier> tiers) {
        if (kind != FeeKind.TIERED && amount == null && r.text(AMOUNT) == null) {
            r.missing(AMOUNT);
        }
        if (kind == FeeKind.PER_UNIT && unit == null) {
            r.missing(UNIT);
        }
        if (kind == FeeKind.TIERED && tiers.isEmpty() && r.text(TIERS) == null) {
            r.missing(TIERS);
        }
        if (kind != FeeKind.TIERED && !tiers.isEmpty()) {
            r.inconsistent(TIERS, "Chỉ mức thu loại TIERED mới có biểu mức thu", "Only TIERED fees have tiers");
        }
    }

    private static List<FeeTier> tiers(RowReader r) {
        List<FeeTier> tiers = new ArrayList<>();
        for (String part : r.list(TIERS)) {
            int equals = part.lastIndexOf('=');
            String label = equals < 0 ? null : Cells.clean(part.substring(0, equals));
            String amountText = equals < 0 ? null : Cells.clean(part.substring(equals + 1));
            if (label == null || amountText == null) {
                r.badFormat(TIERS, part, "\"nhãn = số tiền\"", "\"label = amount\"");
                continue;
            }
            Long amount = r.parseVnd(TIERS, amountText);
            if (amount != null) {
                tiers.add(new FeeTier(label, amount));
            }
        }
        return tiers;
    }

    @Override
    public List<Object> write(FeeRow f) {
        String tiers = Cells.joinList(
                f.tiers().stream().map(t -> t.label() + " = " + t.amountVnd()).toList());
        return Arrays.asList(f.procedureCode(), f.name(), f.kind(), f.amountVnd(), f.unit(), tiers, f.exemptionNote());
    }
}
