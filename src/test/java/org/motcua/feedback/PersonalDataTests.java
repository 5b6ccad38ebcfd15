package org.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void phoneNumbersIdNumbersAndEmailsAreMasked() {
        String text = "Gọi tôi 0912 345 678 hoặc +84 987.654.321, CCCD 040190001201, CMND 186543210,"
                + " thư hoa.tran@example.vn; hồ sơ 000.00.01.H41-261203-0001 nộp ngày 03/12/2026.";
        assertThat(PersonalData.mask(text, List.of()))
                .isEqualTo("Gọi tôi *** hoặc ***, CCCD ***, CMND ***, thư ***; hồ sơ 000.00.01.H41-261203-0001"
                        + " nộp ngày 03/12/2026.");
    }

    @Test
    void theNamesGivenAreMaskedWhateverTheirCaseAndNotInsideOtherWords() {
        assertThat(PersonalData.mask(
                        "Bà Trần Thị Hoa phản ánh ông NGUYỄN VĂN AN ở quầy 3; Anh Nguyễn Văn Anh không liên quan.",
                        List.of("Trần Thị Hoa", "Nguyễn Văn An")))
                .isEqualTo("Bà *** phản ánh ông *** ở quầy 3; Anh Nguyễn Văn Anh không liên quan.");
    }

    @Test
    void aNameTypedWithCombiningMarksIsStillFound() {
        String decomposed = java.text.Normalizer.normalize("Lê Thị Mai", java.text.Normalizer.Form.NFD);
        assertThat(PersonalData.mask("Chị " + decomposed + " đến quầy", List.of("Lê Thị Mai")))
                .isEqualTo("Chị *** đến quầy");
    }
}
