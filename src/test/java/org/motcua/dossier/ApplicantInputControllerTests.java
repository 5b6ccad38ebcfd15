package org.motcua.dossier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Vietnam;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a client may type into the applicant's fields through the API: nothing reaches the database
 * that it would refuse (a NUL, a value longer than its column), and every refusal names its field.
 */
class ApplicantInputControllerTests extends DossierApiTestSupport {

    ResultActions submitWith(String applicantJson) throws Exception {
        String body = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":%s,
                 "deliveryMethod":"COUNTER",
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                """.formatted(procedure.id(), center, applicantJson);
        return mvc.perform(post("/api/v1/dossiers")
                .header("Authorization", "Bearer " + citizen)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    String applicant(String name, String email, String dateOfBirth) {
        return """
                {"type":"CITIZEN","name":"%s","idType":"CCCD","idNumber":"%s","dateOfBirth":%s,
                 "phone":"0912 345 678","email":"%s","address":"Phường Hồng Sơn"}
                """.formatted(name, idNumber, dateOfBirth == null ? "null" : "\"" + dateOfBirth + "\"", email);
    }

    @Test
    void aNulInANameIsRemovedNotAServerError() throws Exception {
        submitWith(applicant("Võ Văn\\u0000 Bình\\u200B", "binh@example.vn", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.name").value("Võ Văn Bình"));
    }

    @Test
    void aNameOfZeroWidthCharactersIsRefusedAsBlank() throws Exception {
        submitWith(applicant("\u200B\u200C\u200D\u2060\\uFEFF", "binh@example.vn", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("applicant.name"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"));
    }

    @Test
    void aTenKilobyteEmailIsAFieldErrorNotAServerError() throws Exception {
        submitWith(applicant("Võ Văn Bình", "b".repeat(10_000) + "@example.vn", null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("applicant.email"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"))
                .andExpect(jsonPath("$.errors[0].message").value("Độ dài không hợp lệ."));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() throws Exception {
        String tomorrow = LocalDate.now(Vietnam.ZONE).plusDays(1).toString();
        submitWith(applicant("Võ Văn Bình", "binh@example.vn", tomorrow))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].code").value("Past"));
    }
}
