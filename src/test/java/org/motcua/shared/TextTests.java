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

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        assertThat(Text.nfc("Lan\u0000")).isEqualTo("Lan");
        assertThat(Text.nfc("Nguy\u200Bễn\u200C\u200D\u2060\uFEFF\u00AD")).isEqualTo("Nguyễn");
        // bidirectional overrides and isolates can disguise a name or a file extension
        assertThat(Text.nfc("\u202Eabc\u202C\u2066x\u2069\u200E\u200F")).isEqualTo("abcx");
        assertThat(Text.nfc("a\u0007b\u001Bc\u007Fd\u0085e")).isEqualTo("abcde");
        assertThat(Text.nfc("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        assertThat(Text.nfc("emoji 😀 stays")).isEqualTo("emoji 😀 stays");
    }

    @Test
    void removingAnInvisibleCharacterStillGivesNfc() {
        // "e", a zero-width space, then the combining circumflex: composed once the space is gone
        assertThat(Text.nfc("e\u200B\u0302")).isEqualTo("ê");
    }

    @Test
    void multiLineTextKeepsTabsAndLineFeedsWithOneKindOfLineEnd() {
        assertThat(Text.nfc("a\r\nb\rc\nd\te\u2028f")).isEqualTo("a\nb\nc\nd\te\nf");
        assertThat(Text.clean(" dòng 1\r\n dòng 2 \n")).isEqualTo("dòng 1\n dòng 2");
    }

    @Test
    void invisibleOnlyTextIsBlank() {
        assertThat(Text.clean("\u200B\u200C\uFEFF")).isNull();
        assertThat(Text.clean("\u00A0\u3000 \u202F")).isNull();
        assertThat(Text.nfc("\u200B")).isEmpty();
    }

    @Test
    void aSingleLineHasSingleSpaces() {
        assertThat(Text.line("  Nguyễn \t Văn\r\n\u00A0An \u0000")).isEqualTo("Nguyễn Văn An");
        assertThat(Text.line("\n\t")).isNull();
    }
}
