package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CatalogRoundTripTests {

    /** Offered at the counter, online and by post; 7 working days. */
    private static final String WATER = "1.001662.000.00.50.H41";

    private static final CatalogImport DEMO = DemoCatalogFixtures.readCsvSources();

    @Test
    void workbookExportThenImportGivesBackAnEqualCatalog() {
        CatalogImport again = DemoCatalogFixtures.readWorkbook(CatalogWorkbook.write(DEMO));

        assertThat(again.problems()).isEmpty();
        assertThat(again).isEqualTo(DEMO);
    }

    @Test
    void csvExportThenImportGivesBackAnEqualCatalog() {
        CatalogImport again = DemoCatalogFixtures.readCsv(CatalogWorkbook.writeCsv(DEMO));

        assertThat(again).isEqualTo(DEMO);
    }

    @Test
    void workbookAndCsvFormsConvertIntoEachOtherWithoutLoss() {
        CatalogImport viaWorkbook = DemoCatalogFixtures.readWorkbook(CatalogWorkbook.write(DEMO));
        CatalogImport viaBoth = DemoCatalogFixtures.readCsv(CatalogWorkbook.writeCsv(viaWorkbook));

        assertThat(viaBoth).isEqualTo(DEMO);
    }

    @Test
    void channelTimesSurviveTheRoundTrip() throws Exception {
        byte[] edited;
        try (WorkbookEditor excel = new WorkbookEditor(CatalogWorkbook.write(DEMO))) {
            excel.set("ThuTuc", "Thời hạn theo kênh", "online=5 working_days;POSTAL = 10 CALENDAR_DAYS", WATER);
            edited = excel.bytes();
        }
        CatalogImport read = DemoCatalogFixtures.readWorkbook(edited);
        CatalogImport again = DemoCatalogFixtures.readCsv(CatalogWorkbook.writeCsv(read));

        assertThat(read.problems()).isEmpty();
        assertThat(procedure(read, WATER).channelTimes())
                .containsExactly(
                        entry(
                                Channel.ONLINE,
                                new ProcessingTime(BigDecimal.valueOf(5), ProcessingTimeUnit.WORKING_DAYS)),
                        entry(Channel.POSTAL, new ProcessingTime(BigDecimal.TEN, ProcessingTimeUnit.CALENDAR_DAYS)));
        assertThat(again).isEqualTo(read);
    }

    private static ProcedureRow procedure(CatalogImport catalog, String code) {
        return catalog.procedures().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
