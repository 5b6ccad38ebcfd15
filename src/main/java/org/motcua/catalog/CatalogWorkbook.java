package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.motcua.catalog.importing.CatalogReader;
import org.motcua.catalog.importing.CsvFormat;
import org.motcua.catalog.importing.Problems;
import org.motcua.catalog.importing.RawSheet;
import org.motcua.catalog.importing.XlsxFormat;

/**
 * Import and export of the catalog template (docs/catalog-import.md): one workbook with the
 * sheets CoQuan, LinhVuc, ThuTuc, GiayTo, PhiLePhi, QuyTrinh, or one CSV file per sheet.
 * Reading never throws for bad content: every problem is listed in the result. Export followed
 * by import gives back an equal {@link CatalogImport}.
 */
public final class CatalogWorkbook {

    private CatalogWorkbook() {}

    /** Reads an .xlsx workbook; an unreadable file yields one {@code import.unreadable_file} problem. */
    public static CatalogImport read(InputStream xlsx) throws IOException {
        Problems problems = new Problems();
        List<RawSheet> sheets;
        try {
            sheets = XlsxFormat.read(xlsx);
        } catch (NotOfficeXmlFileException | EmptyFileException | POIXMLException e) {
            // an .xls, a renamed file or a damaged workbook is the officer's problem to fix, not a server error
            return CatalogReader.unreadable(problems, "không phải tệp .xlsx hợp lệ / not a valid .xlsx file");
        }
        return CatalogReader.read(sheets, problems);
    }

    /**
     * Reads one CSV file per sheet.
     *
     * @param files content by sheet name ("ThuTuc" or "ThuTuc.csv"); the streams are not closed
     */
    public static CatalogImport readCsv(Map<String, InputStream> files) throws IOException {
        Problems problems = new Problems();
        return CatalogReader.read(CsvFormat.read(files), problems);
    }

    /** Writes the catalog as an .xlsx workbook with the template's headers and drop-down lists. */
    public static byte[] write(CatalogImport catalog) {
        return XlsxFormat.write(catalog);
    }

    /** Writes the catalog as CSV files, keyed by file name ("CoQuan.csv" …). */
    public static Map<String, byte[]> writeCsv(CatalogImport catalog) {
        return CsvFormat.write(catalog);
    }

    /** The sheet names of the template, in order. */
    public static List<String> sheetNames() {
        return CatalogReader.sheetNames();
    }
}
