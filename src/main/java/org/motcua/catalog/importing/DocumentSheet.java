package org.motcua.catalog.importing;

import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.RequiredDocumentRow;

/** Sheet {@code GiayTo}: the published dossier of each procedure, one document per row. */
public final class DocumentSheet implements SheetCodec<RequiredDocumentRow> {

    public static final String SHEET = "GiayTo";

    static final Column PROCEDURE = Column.requiredText("procedureCode", "Mã thủ tục");
    static final Column ORDER = Column.number("order", "STT", true);
    static final Column NAME = Column.requiredText("name", "Tên giấy tờ");
    static final Column FORM = Column.choice("form", "Hình thức", true, DocumentForm.class);
    static final Column QUANTITY = Column.number("quantity", "Số lượng", true);
    static final Column MANDATORY = Column.yesNo("mandatory", "Bắt buộc", true);
    static final Column TEMPLATE = Column.text("templateFileName", "Tệp mẫu đơn, tờ khai");
    static final Column E_DATA = Column.yesNo("fromEDataStore", "Lấy từ kho dữ liệu điện tử", false);

    private static final List<Column> COLUMNS =
            List.of(PROCEDURE, ORDER, NAME, FORM, QUANTITY, MANDATORY, TEMPLATE, E_DATA);

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public RequiredDocumentRow read(RowReader r) {
        return new RequiredDocumentRow(
                r.text(PROCEDURE),
                r.integer(ORDER, 1),
                r.text(NAME),
                r.choice(FORM, DocumentForm.class),
                r.integer(QUANTITY, 1),
                r.yesNo(MANDATORY),
                r.text(TEMPLATE),
                r.yesNo(E_DATA));
    }

    @Override
    public List<Object> write(RequiredDocumentRow d) {
        return Arrays.asList(
                d.procedureCode(),
                d.order(),
                d.name(),
                d.form(),
                d.quantity(),
                d.mandatory(),
                d.templateFileName(),
                d.fromEDataStore());
    }
}
