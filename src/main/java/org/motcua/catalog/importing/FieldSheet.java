package org.motcua.catalog.importing;

import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.FieldRow;

/** Sheet {@code LinhVuc}: fields (lĩnh vực). */
public final class FieldSheet implements SheetCodec<FieldRow> {

    public static final String SHEET = "LinhVuc";

    static final Column CODE = Column.requiredText("code", "Mã lĩnh vực");
    static final Column NAME = Column.requiredText("name", "Tên lĩnh vực");

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return List.of(CODE, NAME);
    }

    @Override
    public FieldRow read(RowReader r) {
        return new FieldRow(r.text(CODE), r.text(NAME));
    }

    @Override
    public List<Object> write(FieldRow f) {
        return Arrays.asList(f.code(), f.name());
    }
}
