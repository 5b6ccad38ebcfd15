package org.motcua.catalog.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motcua.catalog.CatalogImport;
import org.motcua.catalog.ImportProblem;

/** Turns raw sheets (from xlsx or CSV) into a {@link CatalogImport} with every problem found. */
public final class CatalogReader {

    private static final AgencySheet AGENCIES = new AgencySheet();
    private static final FieldSheet FIELDS = new FieldSheet();
    private static final ProcedureSheet PROCEDURES = new ProcedureSheet();
    private static final DocumentSheet DOCUMENTS = new DocumentSheet();
    private static final FeeSheet FEES = new FeeSheet();
    private static final WorkflowSheet WORKFLOW = new WorkflowSheet();

    /** The template's sheets in the order they are written. */
    public static final List<SheetCodec<?>> SHEETS = List.of(AGENCIES, FIELDS, PROCEDURES, DOCUMENTS, FEES, WORKFLOW);

    private CatalogReader() {}

    public static List<String> sheetNames() {
        return SHEETS.stream().map(SheetCodec::sheetName).toList();
    }

    /**
     * Reads the sheets. Every sheet is optional (a file may carry agencies only), but references
     * must resolve inside the file.
     */
    public static CatalogImport read(List<RawSheet> sheets, Problems problems) {
        Map<String, RawSheet> byName = new LinkedHashMap<>();
        for (RawSheet sheet : sheets) {
            if (sheetNames().contains(sheet.name())) {
                byName.put(sheet.name(), sheet);
            } else {
                problems.unknownSheet(sheet.name(), sheetNames());
            }
        }
        var agencies = rows(AGENCIES, byName, problems);
        var fields = rows(FIELDS, byName, problems);
        var procedures = rows(PROCEDURES, byName, problems);
        var documents = rows(DOCUMENTS, byName, problems);
        var fees = rows(FEES, byName, problems);
        var steps = rows(WORKFLOW, byName, problems);
        new CatalogRules(problems).check(agencies, fields, procedures, documents, fees, steps);
        return new CatalogImport(
                values(agencies),
                values(fields),
                values(procedures),
                values(documents),
                values(fees),
                values(steps),
                inFileOrder(problems.all()));
    }

    /** Template sheet order, then row: the order an officer fixes them in (stable within a row). */
    private static List<ImportProblem> inFileOrder(List<ImportProblem> problems) {
        Comparator<ImportProblem> bySheet = Comparator.comparingInt(p -> {
            int index = sheetNames().indexOf(p.sheet());
            return index < 0 ? -1 : index; // unknown sheets and unreadable files first
        });
        return problems.stream()
                .sorted(bySheet.thenComparingInt(ImportProblem::row))
                .toList();
    }

    public static CatalogImport unreadable(Problems problems, String reason) {
        problems.unreadableFile(null, reason);
        return new CatalogImport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), problems.all());
    }

    private static <R> List<Located<R>> rows(SheetCodec<R> codec, Map<String, RawSheet> sheets, Problems problems) {
        RawSheet sheet = sheets.get(codec.sheetName());
        if (sheet == null) {
            return List.of();
        }
        Map<Column, Integer> positions = positions(codec, sheet, problems);
        List<Located<R>> result = new ArrayList<>();
        for (RawSheet.RawRow row : sheet.rows()) {
            if (!row.isBlank()) {
                result.add(
                        new Located<>(codec.read(new RowReader(sheet.name(), row, positions, problems)), row.number()));
            }
        }
        return result;
    }

    /** Matches headers by name in any order (NFC, case-insensitive); reports unknown and missing ones. */
    private static Map<Column, Integer> positions(SheetCodec<?> codec, RawSheet sheet, Problems problems) {
        Map<String, Column> byHeader = new HashMap<>();
        codec.columns().forEach(c -> byHeader.put(headerKey(c.header()), c));
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            String header = Cells.clean(sheet.headers().get(i));
            if (header == null) {
                continue;
            }
            Column column = byHeader.get(headerKey(header));
            if (column == null) {
                problems.unknownColumn(sheet.name(), sheet.headerRowNumber(), header);
            } else {
                positions.putIfAbsent(column, i);
            }
        }
        for (Column column : codec.columns()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.missingColumn(sheet.name(), sheet.headerRowNumber(), column.header());
            }
        }
        return positions;
    }

    private static String headerKey(String header) {
        return Cells.clean(header).toLowerCase(Locale.ROOT);
    }

    private static <R> List<R> values(List<Located<R>> rows) {
        return rows.stream().map(Located::value).toList();
    }
}
