package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generator of the shipped demo workbook from the CSV sources. Skipped in normal builds; run
 * after editing a demo CSV:
 *
 * <pre>mvn test -Dtest=RegenerateDemoWorkbook -Ddemo.regenerate=true</pre>
 *
 * {@link DemoCatalogTests} then proves that the workbook says exactly what the CSVs say.
 */
class RegenerateDemoWorkbook {

    @Test
    @EnabledIfSystemProperty(named = "demo.regenerate", matches = "true")
    void regeneratesWorkbookAndCanonicalCsvFromCsvSources() throws Exception {
        DemoCatalogFixtures.regenerate();
    }
}
