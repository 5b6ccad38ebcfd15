package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text typed on macOS or pasted from some web pages arrives decomposed (NFD); it is stored as NFC. */
class NormalisationTests {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void decomposedCsvCellsAndHeadersAreReadAsNfc() throws Exception {
        String csv = nfd("Mã lĩnh vực,Tên lĩnh vực\r\nly-lich-tu-phap,Lý lịch tư pháp\r\n");
        assertThat(csv).isNotEqualTo(Normalizer.normalize(csv, Normalizer.Form.NFC)); // really decomposed

        CatalogImport result = CatalogWorkbook.readCsv(Map.of("LinhVuc.csv", stream(csv)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.fields()).containsExactly(new FieldRow("ly-lich-tu-phap", "Lý lịch tư pháp"));
        assertThat(Normalizer.isNormalized(result.fields().getFirst().name(), Normalizer.Form.NFC))
                .isTrue();
    }

    @Test
    void decomposedWorkbookCellsAreReadAsNfcAndMatchTheirReferences() throws Exception {
        // a decomposed field code in ThuTuc must still find the composed one in LinhVuc
        CatalogImport demo = DemoCatalogFixtures.readCsvSources();
        ProcedureRow lltp = demo.procedures().stream()
                .filter(p -> p.code().equals("LLTP.000.00.42.H41"))
                .findFirst()
                .orElseThrow();
        byte[] decomposed;
        try (WorkbookEditor excel = new WorkbookEditor(CatalogWorkbook.write(demo))) {
            excel.set("ThuTuc", "Tên thủ tục", nfd(lltp.name()), lltp.code());
            excel.set("LinhVuc", "Tên lĩnh vực", nfd("Lý lịch tư pháp"), "ly-lich-tu-phap");
            decomposed = excel.bytes();
        }

        CatalogImport result = DemoCatalogFixtures.readWorkbook(decomposed);

        assertThat(result).isEqualTo(demo);
    }

    @Test
    void csvWithByteOrderMarkFromExcelIsRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Mã lĩnh vực,Tên lĩnh vực\r\nho-tich,Hộ tịch\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        Map<String, InputStream> files = new LinkedHashMap<>();
        files.put("LinhVuc", new ByteArrayInputStream(file));

        CatalogImport result = CatalogWorkbook.readCsv(files);

        assertThat(result.problems()).isEmpty();
        assertThat(result.fields()).containsExactly(new FieldRow("ho-tich", "Hộ tịch"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
