package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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
}
