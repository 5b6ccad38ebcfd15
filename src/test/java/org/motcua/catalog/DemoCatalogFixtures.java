package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Access to the shipped demo catalog: the CSV sources and the generated workbook. */
final class DemoCatalogFixtures {

    static final String RESOURCE_DIR = "/org/motcua/catalog/demo/";
    static final String WORKBOOK = "catalog-demo.xlsx";
    static final Path SOURCE_DIR = Path.of("src/main/resources/org/motcua/catalog/demo");

    private DemoCatalogFixtures() {}

    /** The CSV sources as bytes, keyed by file name, in template order. */
    static Map<String, byte[]> csvSources() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String sheet : CatalogWorkbook.sheetNames()) {
            files.put(sheet + ".csv", resource(sheet + ".csv"));
        }
        return files;
    }

    static CatalogImport readCsvSources() {
        return readCsv(csvSources());
    }

    static CatalogImport readCsv(Map<String, byte[]> files) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        files.forEach((name, bytes) -> streams.put(name, new java.io.ByteArrayInputStream(bytes)));
        try {
            return CatalogWorkbook.readCsv(streams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogImport readWorkbook(byte[] xlsx) {
        try {
            return CatalogWorkbook.read(new java.io.ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] shippedWorkbook() {
        return resource(WORKBOOK);
    }

    static byte[] resource(String name) {
        try (InputStream in = DemoCatalogFixtures.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook (and the CSVs in canonical form) into the source tree. */
    static void regenerate() throws IOException {
        CatalogImport demo = readCsvSources();
        if (demo.hasProblems()) {
            throw new IllegalStateException("demo CSVs have problems: " + demo.problems());
        }
        for (Map.Entry<String, byte[]> csv : CatalogWorkbook.writeCsv(demo).entrySet()) {
            Files.write(SOURCE_DIR.resolve(csv.getKey()), csv.getValue());
        }
        Files.write(SOURCE_DIR.resolve(WORKBOOK), CatalogWorkbook.write(demo));
    }
}
