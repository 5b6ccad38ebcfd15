package org.motcua.catalog.importing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.motcua.catalog.CatalogImport;

/** The CSV form of the template: one UTF-8, RFC 4180 file per sheet, same headers. */
public final class CsvFormat {

    private CsvFormat() {}

    /** @param files by sheet name; a ".csv" suffix on the name is ignored */
    public static List<RawSheet> read(Map<String, InputStream> files) throws IOException {
        List<RawSheet> sheets = new ArrayList<>();
        for (Map.Entry<String, InputStream> file : files.entrySet()) {
            sheets.add(readSheet(sheetName(file.getKey()), file.getValue()));
        }
        return sheets;
    }

    private static String sheetName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private static RawSheet readSheet(String name, InputStream in) throws IOException {
        // Excel saves "CSV UTF-8" with a byte order mark; it is not part of the first header
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<RawSheet.RawRow> rows = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                rows.add(new RawSheet.RawRow(number, record.toList()));
            }
            rows.removeIf(RawSheet.RawRow::isBlank);
            if (rows.isEmpty()) {
                return new RawSheet(name, 1, List.of(), List.of());
            }
            RawSheet.RawRow header = rows.getFirst();
            return new RawSheet(name, header.number(), header.cells(), rows.subList(1, rows.size()));
        }
    }

    /** @return file contents by file name ("CoQuan.csv" …), in template order */
    public static Map<String, byte[]> write(CatalogImport catalog) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(AgencySheet.SHEET + ".csv", writeSheet(new AgencySheet(), catalog.agencies()));
        files.put(FieldSheet.SHEET + ".csv", writeSheet(new FieldSheet(), catalog.fields()));
        files.put(ProcedureSheet.SHEET + ".csv", writeSheet(new ProcedureSheet(), catalog.procedures()));
        files.put(DocumentSheet.SHEET + ".csv", writeSheet(new DocumentSheet(), catalog.documents()));
        files.put(FeeSheet.SHEET + ".csv", writeSheet(new FeeSheet(), catalog.fees()));
        files.put(WorkflowSheet.SHEET + ".csv", writeSheet(new WorkflowSheet(), catalog.workflowSteps()));
        return files;
    }

    private static <R> byte[] writeSheet(SheetCodec<R> codec, List<R> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(codec.columns().stream().map(Column::header).toList());
            for (R row : rows) {
                printer.printRecord(codec.write(row).stream().map(Cells::format).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory failed", e);
        }
        return out.toByteArray();
    }
}
