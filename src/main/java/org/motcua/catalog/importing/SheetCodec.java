package org.motcua.catalog.importing;

import java.util.List;

/** Reads and writes the rows of one sheet; the column list is the template of that sheet. */
public interface SheetCodec<R> {

    String sheetName();

    List<Column> columns();

    /** Reads one row; cells that cannot be read are reported to the reader and left null. */
    R read(RowReader row);

    /** Cell values in column order: String, BigDecimal, Long, Integer, Boolean, LocalDate, LocalTime or null. */
    List<Object> write(R row);
}
