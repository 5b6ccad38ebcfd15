package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogRoundTripTests {

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
}
