package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.internal.DossierFixtures;
import org.motcua.shared.FieldError;

class ApplicantTests {

    @Test
    void aValidCitizenHasNoProblems() {
        assertThat(DossierFixtures.citizen().problems("applicant.")).isEmpty();
    }

    @Test
    void namesEveryInvalidField() {
        var a = new Applicant(
                Applicant.ApplicantType.CITIZEN,
                " ",
                Applicant.IdType.CCCD,
                "12345",
                null,
                null,
                "12345",
                "not-an-email",
                null);
        assertThat(a.problems("applicant."))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("applicant.name", "NotBlank"),
                        org.assertj.core.groups.Tuple.tuple("applicant.idNumber", "IdNumber"),
                        org.assertj.core.groups.Tuple.tuple("applicant.phone", "Phone"),
                        org.assertj.core.groups.Tuple.tuple("applicant.email", "Email"));
    }

    @Test
    void businessesNeedATaxCodeAndPhonesMayBeWrittenWithSpaces() {
        var a = new Applicant(
                Applicant.ApplicantType.BUSINESS,
                "Công ty TNHH Hồng Lam",
                null,
                null,
                null,
                "2901234567-001",
                "0238 3844 123",
                null,
                "Vinh");
        assertThat(a.problems("")).isEmpty();
        assertThat(a.phone()).isEqualTo("02383844123");
    }

    static Applicant citizen(
            String name, String idNumber, LocalDate born, String taxCode, String phone, String email, String address) {
        return new Applicant(
                Applicant.ApplicantType.CITIZEN,
                name,
                Applicant.IdType.CCCD,
                idNumber,
                born,
                taxCode,
                phone,
                email,
                address);
    }

    @Test
    void everyTextFieldHasALengthLimitCheckedBeforeItsRules() {
        var a = citizen(
                "Nguyễn ".repeat(30),
                "0".repeat(21),
                null,
                "1".repeat(21),
                "0".repeat(21),
                "a".repeat(10_000) + "@example.vn",
                "Số 5 ".repeat(101));
        assertThat(a.problems("applicant."))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        tuple("applicant.name", "Size"),
                        tuple("applicant.idNumber", "Size"),
                        tuple("applicant.taxCode", "Size"),
                        tuple("applicant.phone", "Size"),
                        tuple("applicant.email", "Size"),
                        tuple("applicant.address", "Size"));
    }

    @Test
    void theLimitsAreTheColumnsOrAboveAnyRealValue() {
        var a = citizen(
                "N".repeat(200),
                "040090001234",
                null,
                "2".repeat(20),
                "0912345678",
                "a".repeat(189) + "@example.vn",
                "S".repeat(500));
        assertThat(a.problems("")).isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(citizen("Võ Văn Bình", "040090001234", today.plusDays(1), null, null, null, null)
                        .problems("applicant.", today))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("applicant.dateOfBirth", "Past"));
        assertThat(citizen("Võ Thị Bé", "040090001234", today, null, null, null, null)
                        .problems("applicant.", today))
                .isEmpty();
    }

    @Test
    void aNameOfInvisibleCharactersIsBlankAndLineBreaksAreSpaces() {
        var a = citizen("\u200B\u200D\uFEFF", "040090001234", null, null, null, null, "Số 5\r\nLê Lợi\u0000");
        assertThat(a.problems(""))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("name", "NotBlank"));
        assertThat(a.address()).isEqualTo("Số 5 Lê Lợi");
    }
}
