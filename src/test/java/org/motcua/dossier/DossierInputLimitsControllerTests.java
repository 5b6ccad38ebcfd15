package org.motcua.dossier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * What a client may send the dossier API: nothing reaches the database that it would refuse (a NUL, a
 * value longer than its column, an offset past an int), and every refusal names its field.
 */
class DossierInputLimitsControllerTests extends DossierApiTestSupport {

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

    ResultActions worklist(String token, String page, String size) throws Exception {
        var request = get("/api/v1/dossiers").header("Authorization", "Bearer " + token);
        if (page != null) {
            request.param("page", page);
        }
        if (size != null) {
            request.param("size", size);
        }
        return mvc.perform(request);
    }

    @Test
    void aHugePageNumberIsAFieldErrorNotAnOverflow() throws Exception {
        worklist(desk, "2147483647", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("Max"));
        worklist(citizen, "50000", "20").andExpect(status().isOk()); // a million rows deep: still answered
        worklist(citizen, "50001", "20").andExpect(status().isBadRequest());
    }

    @Test
    void aNegativePageAndASizeOutOfRangeNameTheirParameter() throws Exception {
        worklist(desk, "-1", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("Min"));
        worklist(desk, null, "0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].code").value("Min"));
        worklist(desk, null, "201")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].code").value("Max"));
        worklist(desk, "0", "200").andExpect(status().isOk());
    }
}
