package org.motcua.catalog.importing;

import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyRow;
import org.motcua.catalog.AgencyType;

/** Sheet {@code CoQuan}: the agency tree, one agency per row. */
public final class AgencySheet implements SheetCodec<AgencyRow> {

    public static final String SHEET = "CoQuan";

    static final Column CODE = Column.requiredText("code", "Mã cơ quan");
    static final Column PARENT = Column.text("parentCode", "Mã cơ quan cấp trên");
    static final Column NAME = Column.requiredText("name", "Tên cơ quan");
    static final Column SHORT_NAME = Column.text("shortName", "Tên viết tắt");
    static final Column LEVEL = Column.choice("level", "Cấp", true, AdministrativeLevel.class);
    static final Column TYPE = Column.choice("type", "Loại cơ quan", true, AgencyType.class);
    static final Column ADDRESS = Column.text("address", "Địa chỉ");
    static final Column PHONE = Column.text("phone", "Điện thoại");
    static final Column EMAIL = Column.text("email", "Thư điện tử");
    static final Column PREVIOUS = Column.text("previousCodes", "Mã cũ (trước sáp nhập)");

    private static final List<Column> COLUMNS =
            List.of(CODE, PARENT, NAME, SHORT_NAME, LEVEL, TYPE, ADDRESS, PHONE, EMAIL, PREVIOUS);

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public AgencyRow read(RowReader r) {
        return new AgencyRow(
                r.text(CODE),
                r.text(PARENT),
                r.text(NAME),
                r.text(SHORT_NAME),
                r.choice(LEVEL, AdministrativeLevel.class),
                r.choice(TYPE, AgencyType.class),
                r.text(ADDRESS),
                r.text(PHONE),
                r.text(EMAIL),
                r.list(PREVIOUS));
    }

    @Override
    public List<Object> write(AgencyRow a) {
        return Arrays.asList(
                a.code(),
                a.parentCode(),
                a.name(),
                a.shortName(),
                a.level(),
                a.type(),
                a.address(),
                a.phone(),
                a.email(),
                Cells.joinList(a.previousCodes()));
    }
}
