package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A counter registration from the reception desk page, received at once with its code. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class ReceptionDeskControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession desk() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", "tiepnhan")
                        .param("password", "demo"))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    MockHttpServletRequestBuilder registration(MockHttpSession session, String key, String idNumber) {
        var procedure = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        var center = catalog.agencyByCode("000.00.01.H41").orElseThrow();
        return post("/can-bo/tiep-nhan")
                .session(session)
                .with(csrf())
                .param("procedureId", procedure.id().toString())
                .param("receivingCenterId", center.id().toString())
                .param("name", "Trần Thị Hoa")
                .param("idNumber", idNumber)
                .param("phone", "0912 345 678")
                .param("received", "1", "2")
                .param("form[1]", "ORIGINAL")
                .param("form[2]", "COPY")
                .param("quantity[1]", "1")
                .param("quantity[2]", "1")
                .param("deliveryMethod", "COUNTER")
                .param("submissionKey", key);
    }

    @Test
    void findsTheProcedureWithoutDiacriticsAndReceivesOnceEvenIfSentTwice() throws Exception {
        MockHttpSession session = desk();
        mvc.perform(get("/can-bo/tiep-nhan").param("q", "ly lich tu phap").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp Phiếu lý lịch tư pháp")));
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(registration(session, key, "040090001234"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(first).matches("/can-bo/ho-so/000\\.00\\.01\\.H41-\\d{6}-\\d{4}");
        String second = mvc.perform(registration(session, key, "040090001234"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        mvc.perform(get(first).session(session))
                .andExpect(content().string(containsString("Trần Thị Hoa")))
                .andExpect(content().string(containsString("Bản chính")));
    }

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void scansAttachedToAFormThatComesBackAreKeptUntilTheOfficerDropsThem() throws Exception {
        MockHttpSession session = desk();
        String key = UUID.randomUUID().toString();
        var form = registration(session, key, "12345");
        // The same form, sent as multipart with a scan in each of the two rows.
        var withFiles = multipart("/can-bo/tiep-nhan")
                .file(new MockMultipartFile("file[1]", "to-khai.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile("file[2]", "cccd.pdf", "application/pdf", PDF));
        form.buildRequest(new MockServletContext()).getParameterMap().forEach(withFiles::param);
        mvc.perform(withFiles.session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số định danh không đúng")))
                .andExpect(content().string(containsString("Đã đính kèm: to-khai.pdf")))
                .andExpect(content().string(containsString("Đã đính kèm: cccd.pdf")));

        // Corrected and sent again without choosing the files again, the second one dropped.
        String idNumber = "0400" + String.format("%08d", (int) (Math.random() * 100_000_000));
        String page = mvc.perform(registration(session, key, idNumber).param("dropFile", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = page.substring(page.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("""
                        select s.required_order || ':' || coalesce(s.file_name, '-') from dossier.submitted_document s
                          join dossier.dossier d on d.id = s.dossier_id where d.code = :code order by s.position
                        """).param("code", code).query(String.class).list())
                .containsExactly("1:to-khai.pdf", "2:-");
    }

    @Test
    void aScanOfTheWrongTypeIsNamedInItsRowWithTheOtherErrorsAndTheOtherScanIsKept() throws Exception {
        MockHttpSession session = desk();
        var form = registration(session, UUID.randomUUID().toString(), "12345");
        var withFiles = multipart("/can-bo/tiep-nhan")
                .file(new MockMultipartFile("file[1]", "to-khai.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile("file[2]", "cccd.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}));
        form.buildRequest(new MockServletContext()).getParameterMap().forEach(withFiles::param);
        String html = mvc.perform(withFiles.session(session).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Số định danh không đúng")
                .contains("Đã đính kèm: to-khai.pdf")
                .doesNotContain("Đã đính kèm: cccd.pdf");
        // The error sits in the second row, under its file input.
        assertThat(html.substring(html.indexOf("for=\"file-2\""), html.indexOf("for=\"file-3\"")))
                .contains("is-invalid")
                .contains("Loại tệp không hợp lệ");
    }

    @Test
    void anInvalidIdNumberIsShownNextToTheFieldAndNothingTypedIsLost() throws Exception {
        mvc.perform(registration(desk(), UUID.randomUUID().toString(), "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số định danh không đúng")))
                .andExpect(content().string(containsString("value=\"Trần Thị Hoa\"")))
                .andExpect(content().string(containsString("value=\"12345\"")));
    }

    @Test
    void aReturningApplicantIsFilledInFromTheirLatestDossierAndOthersAreNot() throws Exception {
        MockHttpSession session = desk();
        String idNumber = "0400" + String.format("%08d", (int) (Math.random() * 100_000_000));
        mvc.perform(registration(session, UUID.randomUUID().toString(), idNumber))
                .andExpect(status().is3xxRedirection());
        var procedure = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();

        // A new registration: only the ID number typed, then "Tìm hồ sơ cũ".
        mvc.perform(post("/can-bo/tiep-nhan/nguoi-nop")
                        .session(session)
                        .with(csrf())
                        .param("procedureId", procedure.id().toString())
                        .param("idNumber", " " + idNumber + " ")
                        .param("deliveryMethod", "POSTAL")
                        .param("submissionKey", "k-lookup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Trần Thị Hoa\"")))
                .andExpect(content().string(containsString("value=\"0912345678\"")))
                .andExpect(content().string(containsString("Đã điền thông tin người nộp")))
                // what was typed elsewhere on the form is kept
                .andExpect(content().string(containsString("value=\"k-lookup\"")));

        // An unknown ID number: nothing filled, a plain notice.
        mvc.perform(post("/can-bo/tiep-nhan/nguoi-nop")
                        .session(session)
                        .with(csrf())
                        .param("procedureId", procedure.id().toString())
                        .param("idNumber", "049999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có hồ sơ nào của số định danh này")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"Trần Thị Hoa\""))));

        // Without signing in: nothing is looked up, the login page instead.
        mvc.perform(post("/can-bo/tiep-nhan/nguoi-nop")
                        .with(csrf())
                        .param("procedureId", procedure.id().toString())
                        .param("idNumber", idNumber))
                .andExpect(status().is3xxRedirection());
    }
}
