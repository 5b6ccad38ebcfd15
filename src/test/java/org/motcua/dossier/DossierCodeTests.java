package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTests {

    @Test
    void printsUnitDateAndFourDigitSequence() {
        var code = new DossierCode("000.00.01.H41", LocalDate.of(2026, 3, 15), 7);
        assertThat(code).hasToString("000.00.01.H41-260315-0007");
    }

    @Test
    void growsPastFourDigitsInsteadOfWrapping() {
        assertThat(new DossierCode("000.00.01.H41", LocalDate.of(2026, 3, 15), 12345))
                .hasToString("000.00.01.H41-260315-12345");
    }

    @Test
    void parsesFromTheRightSoUnitCodesMayContainDashes() {
        assertThat(DossierCode.parse("000.00.01.H41-260315-0007"))
                .contains(new DossierCode("000.00.01.H41", LocalDate.of(2026, 3, 15), 7));
        assertThat(DossierCode.parse("H41-X-01-261231-0001"))
                .contains(new DossierCode("H41-X-01", LocalDate.of(2026, 12, 31), 1));
    }

    @Test
    void rejectsWhatIsNotACode() {
        assertThat(DossierCode.parse("000.00.01.H41-261315-0007")).isEmpty(); // month 13
        assertThat(DossierCode.parse("000.00.01.H41-260315-000")).isEmpty();
        assertThat(DossierCode.parse("000.00.01.H41-260315-0000")).isEmpty();
        assertThat(DossierCode.parse("260315-0007")).isEmpty();
        assertThat(DossierCode.parse("000.00.01.H41-260315-00a7")).isEmpty();
        assertThat(DossierCode.parse(null)).isEmpty();
    }
}
