package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTests {

    @Test
    void decomposedVietnameseBecomesComposed() {
        String nfd = Normalizer.normalize("Cấp phiếu lý lịch tư pháp", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Cấp phiếu lý lịch tư pháp");
        assertThat(Text.nfc(nfd)).isEqualTo("Cấp phiếu lý lịch tư pháp");
    }

    @Test
    void cleanTrimsAndTurnsBlankIntoNull() {
        assertThat(Text.clean("  Hà Nội \n")).isEqualTo("Hà Nội");
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(null)).isNull();
    }
}
