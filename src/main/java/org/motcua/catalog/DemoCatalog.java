package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the province tỉnh Hồng Lam (docs/catalog-import.md) imported from the shipped CSVs,
 * and counters at the provincial center. Restart-safe: an unchanged file changes nothing. Runs before
 * the demo accounts, which are assigned to these agencies.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
@Order(5)
class DemoCatalog implements ApplicationRunner {

    static final String PROVINCIAL_CENTER = "000.00.01.H41";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogSpreadsheets spreadsheets;
    private final CatalogAdministration administration;
    private final Catalog catalog;

    DemoCatalog(CatalogSpreadsheets spreadsheets, CatalogAdministration administration, Catalog catalog) {
        this.spreadsheets = spreadsheets;
        this.administration = administration;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportReport report = spreadsheets.importCatalog(CatalogSpreadsheets.read(demoFiles()), false);
        log.info("Demo catalog loaded: {}", report.changes());
        AgencyView center = catalog.agencyByCode(PROVINCIAL_CENTER).orElseThrow();
        if (catalog.counters(center.id()).isEmpty()) {
            counter(center, 1, "Quầy 1 – Tư pháp, Công an", Set.of("000.00.21.H41", "000.00.42.H41"));
            counter(center, 2, "Quầy 2 – Kế hoạch và Đầu tư, Thuế", Set.of("000.00.15.H41", "000.00.40.H41"));
            counter(center, 3, "Quầy 3 – Tài nguyên và Môi trường, Xây dựng", Set.of("000.00.19.H41", "000.00.23.H41"));
        }
    }

    private void counter(AgencyView center, int number, String name, Set<String> agencyCodes) {
        Set<java.util.UUID> agencyIds = new java.util.HashSet<>();
        agencyCodes.forEach(code -> catalog.agencyByCode(code).ifPresent(a -> agencyIds.add(a.id())));
        administration.saveCounter(center.id(), null, new CounterDraft(number, name, agencyIds, Set.of(), Set.of()));
    }

    static Map<String, InputStream> demoFiles() {
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (String sheet : CatalogWorkbook.sheetNames()) {
            InputStream in = DemoCatalog.class.getResourceAsStream("demo/" + sheet + ".csv");
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing demo file " + sheet + ".csv"));
            }
            files.put(sheet + ".csv", in);
        }
        return files;
    }
}
