package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestEndpoints.class)
class ProblemDetailsControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void malformedJsonIsA400ProblemInVietnameseByDefault() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:request.malformed"))
                .andExpect(jsonPath("$.title").value("Yêu cầu sai định dạng"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/echo"))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    @Test
    void englishWhenTheClientAsksForIt() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request"));
    }

    @Test
    void controllersReceiveTheLanguageTheApiClientAskedFor() throws Exception {
        mvc.perform(get("/api/v1/test/locale").header("Accept-Language", "en"))
                .andExpect(content().string("en"));
        mvc.perform(get("/api/v1/test/locale")).andExpect(content().string("vi"));
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"An\",\"sets\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.errors[0].field").value("sets"))
                .andExpect(jsonPath("$.errors[0].message").value("Sai kiểu dữ liệu."));
    }

    @Test
    void missingAndInvalidFieldsAreListedOneByOne() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sets\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("Không được để trống."))
                .andExpect(jsonPath("$.errors[?(@.field=='sets')].code").value("Positive"));
    }

    @Test
    void missingQueryParameterIsNamed() throws Exception {
        mvc.perform(get("/api/v1/test/query"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.missing_parameter"))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void oversizedBodyIs413BeforeItIsRead() throws Exception {
        String huge = "{\"name\":\"" + "a".repeat(1_100_000) + "\",\"sets\":1}";
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("request.too_large"));
    }

    @Test
    void wrongContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/test/echo").contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("request.unsupported_media_type"));
    }

    @Test
    void businessRuleCarriesItsStableCode() throws Exception {
        mvc.perform(get("/api/v1/test/rule"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("conflict.state"))
                .andExpect(jsonPath("$.title").value("Xung đột trạng thái"));
    }

    @Test
    void unexpectedErrorsLeakNothing() throws Exception {
        String body = mvc.perform(get("/api/v1/test/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("server.error"))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("IllegalStateException").doesNotContain("at org.");
    }

    @Test
    void everyResponseCarriesATraceId() throws Exception {
        mvc.perform(get("/api/v1/test/query")
                        .param("q", "x")
                        .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Trace-Id", "0af7651916cd43dd8448eb211c80319c"));
    }

    @Test
    void jsonTextArrivesInNfc() throws Exception {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Lan"; // "Nguyễn Thị Lan" typed in NFD
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + decomposed + "\",\"sets\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Nguyễn Thị Lan"));
    }

    @Test
    void queryParametersArriveInNfc() throws Exception {
        mvc.perform(get("/api/v1/test/query").param("q", "Ho\u0302\u0300 so\u031b"))
                .andExpect(status().isOk())
                .andExpect(content().string("Hồ sơ"));
    }

    @Test
    void jsonTextArrivesWithoutNulAndInvisibleCharacters() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Tr\\u0000\u200b\u00e2\u0300n\\ufeff Lan\",\"sets\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Trần Lan"));
    }

    @Test
    void aNameOfZeroWidthCharactersIsBlank() throws Exception {
        mvc.perform(post("/api/v1/test/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\u200b\u200c\u200d\u2060\\ufeff\",\"sets\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"));
    }

    @Test
    void formAndQueryParametersArriveWithoutNulAndInvisibleCharacters() throws Exception {
        mvc.perform(get("/api/v1/test/query").param("q", "H\u0000\u200Bồ sơ\u202E"))
                .andExpect(status().isOk())
                .andExpect(content().string("Hồ sơ"));
        // a controller taking the whole form as a map bypasses data binding
        mvc.perform(post("/api/v1/test/form")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=L%00a%E2%80%8Bn&note=d%C3%B2ng+1%0D%0Ad%C3%B2ng+2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lan"))
                .andExpect(jsonPath("$.note").value("dòng 1\ndòng 2"));
    }

    @Test
    void aJsonStringOverTheGlobalLimitIsAFieldErrorNotAnError() throws Exception {
        String name = "a".repeat(64 * 1024 + 1); // WebConfiguration.MAX_JSON_STRING + 1
        mvc.perform(post("/api/v1/test/echo")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"sets\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"))
                .andExpect(jsonPath("$.errors[0].message").value("Invalid length."));
    }
}
