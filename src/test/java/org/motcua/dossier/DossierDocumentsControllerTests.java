package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.documents.PdfReading;
import org.motcua.documents.SignedPdfs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class DossierDocumentsControllerTests extends DossierApiTestSupport {

    @Value("${motcua.public-base-url}")
    String publicBaseUrl;

    @Test
    void theReceiptIsIssuedAtReceiptPrintsTheDossierAndReprintsAsTheSameBytes() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));

        String list = read(desk, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("RECEIPT"))
                .andExpect(jsonPath("$[0].formNumber").value("01"))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(list, "$[0].id");

        byte[] first = pdf(citizen, code, id);
        byte[] reprint = pdf(desk, code, id);
        assertThat(reprint).isEqualTo(first);
        // Issuing the receipt again finds the stored one.
        issue(desk, code, "receipt")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));

        String text = text(first);
        assertThat(text)
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mẫu số 01",
                        code,
                        "Võ Văn Bình",
                        "Phường Hồng Sơn",
                        "0912345678",
                        "binh@example.vn",
                        "Trung tâm Phục vụ hành chính công tỉnh Hồng Lam",
                        "8 ngày làm việc",
                        "Bản chính",
                        "số thứ tự " + code.substring(code.lastIndexOf('-') + 1));
        assertThat(PdfReading.qrOnFirstPage(first)).isEqualTo(publicBaseUrl + "/tra-cuu/" + code);
    }

    @Test
    void theSupplementRequestAndTheApologyAreIssuedByTheirActions() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null).andExpect(status().isOk());
        act(specialist, code, "extend", """
                        {"newAppointment":"2099-01-05T16:00:00","note":"Chờ kết quả kiểm tra thực địa",
                         "signer":"Nguyễn Văn Giám Đốc","lateApology":true}""").andExpect(status().isOk());
        act(specialist, code, "request-supplement", "{\"note\":\"Bổ sung sơ đồ khu vực khoan\"}")
                .andExpect(status().isOk());

        String list = read(desk, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$[*].kind")
                        .value(org.hamcrest.Matchers.contains("RECEIPT", "APOLOGY", "SUPPLEMENT_REQUEST")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int apology = JsonPath.read(list, "$[1].id");
        int supplement = JsonPath.read(list, "$[2].id");
        assertThat(text(pdf(desk, code, apology)))
                .contains(
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                        "Chờ kết quả kiểm tra thực địa",
                        "16 giờ 00 phút, ngày 05 tháng 01 năm 2099",
                        "Nguyễn Văn Giám Đốc");
        assertThat(text(pdf(citizen, code, supplement)))
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bổ sung sơ đồ khu vực khoan");

        String slip = issue(desk, code, "control-slip")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CONTROL_SLIP"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(pdf(desk, code, JsonPath.read(slip, "$.id"))))
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 06", "Giao:", "Nhận:");
    }

    @Test
    void aFormTheDossierHasNotEarnedIsAConflictAndUnknownFormsAreNotFound() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));

        issue(desk, code, "apology")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("document.form_not_allowed"));
        issue(desk, code, "giay-phep")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("document.unknown_form"));
        issue(desk, code, "tracking-book").andExpect(status().isBadRequest());
        issue(citizen, code, "control-slip").andExpect(status().isForbidden());
        read(desk, "/api/v1/dossiers/" + code + "/documents/99999999").andExpect(status().isNotFound());
        read(desk, "/api/v1/dossiers/" + code + "/documents/..%2F..%2Fetc").andExpect(status().is4xxClientError());
        read(outsider, "/api/v1/dossiers/" + code + "/documents").andExpect(status().isNotFound());
        read(desk, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSignedResultIsVerifiedKeptAndShownToTheApplicantOnceResolved() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        upload(leader, code, "ket-qua.pdf", SignedPdfs.signed())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("document.result_not_allowed"));
        act(desk, code, "forward", null).andExpect(status().isOk());
        act(specialist, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "approve", null).andExpect(status().isOk());

        upload(leader, code, "ket-qua.pdf", SignedPdfs.passwordProtected())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("document.pdf_encrypted"));
        upload(leader, code, "ket-qua.pdf", "%PDF-1.7 broken".getBytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("document.pdf_unreadable"));
        upload(leader, code, "ket-qua.png", SignedPdfs.signed())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("document.result_not_pdf"));
        read(leader, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$.length()").value(1));

        upload(leader, code, "../../etc/ket-qua.pdf", SignedPdfs.tampered())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signature.status").value("INVALID"));
        upload(leader, code, "../../etc/ket-qua.pdf", SignedPdfs.signed())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("RESULT"))
                .andExpect(jsonPath("$.fileName").value("ket-qua.pdf"))
                .andExpect(jsonPath("$.signature.status").value("VALID"))
                .andExpect(jsonPath("$.signature.signer").value(SignedPdfs.SIGNER))
                .andExpect(jsonPath("$.signature.signedAt").isNotEmpty());

        read(citizen, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$.length()").value(1));
        act(leader, code, "resolve", null).andExpect(status().isOk());
        read(citizen, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("RECEIPT", "RESULT", "RESULT")));
    }

    @Test
    void aResultProducedFromTheTemplateAtResolveIsKeptAndShownToTheApplicant() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null).andExpect(status().isOk());
        act(specialist, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "approve", null).andExpect(status().isOk());
        // Decomposed Vietnamese, as some keyboards send it, prints composed.
        String decision = java.text.Normalizer.normalize(
                "Cấp lại giấy phép hành nghề khoan nước dưới đất cho ông Võ Văn Bình, có hiệu lực 05 năm.",
                java.text.Normalizer.Form.NFD);

        act(leader, code, "resolve", "{\"decision\":\"%s\",\"signer\":\"Lê Thị Hoa\"}".formatted(decision))
                .andExpect(status().isOk());

        String list = read(citizen, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("RECEIPT", "RESULT")))
                .andExpect(jsonPath("$[1].signature.status").value("UNSIGNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(list, "$[1].id");
        byte[] result = pdf(citizen, code, id);
        assertThat(text(result))
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        procedure.resultName() == null || procedure.resultName().isBlank()
                                ? "KẾT QUẢ GIẢI QUYẾT HỒ SƠ"
                                : procedure.resultName().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                        code,
                        "Võ Văn Bình",
                        procedure.name(),
                        "Cấp lại giấy phép hành nghề khoan nước dưới đất cho ông Võ Văn Bình, có hiệu lực 05 năm.",
                        "THỦ TRƯỞNG CƠ QUAN",
                        "Lê Thị Hoa");
        assertThat(PdfReading.qrOnFirstPage(result)).isEqualTo(publicBaseUrl + "/tra-cuu/" + code);
    }

    @Test
    void aResultIsNotProducedOverAnUploadedOne() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null).andExpect(status().isOk());
        act(specialist, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "approve", null).andExpect(status().isOk());
        upload(leader, code, "ket-qua.pdf", SignedPdfs.signed()).andExpect(status().isOk());

        act(leader, code, "resolve", "{\"decision\":\"Cấp lại giấy phép.\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("document.result_exists"));

        read(leader, "/api/v1/dossiers/" + code).andExpect(jsonPath("$.status").value("APPROVED"));
        read(leader, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("RECEIPT", "RESULT")));
    }

    @Test
    void theTrackingBookListsTheCentersDossiersAsPdfAndExcel() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        LocalDate today = LocalDate.now(org.motcua.shared.Vietnam.ZONE);
        String query = "/api/v1/tracking-book?agency=" + center + "&from=" + today.minusDays(1) + "&to=" + today;

        byte[] book = read(desk, query)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(book)).contains("SỔ THEO DÕI HỒ SƠ", "Mẫu số 07", code.substring(code.indexOf('-') + 1));
        byte[] xlsx = read(desk, query + "&format=xlsx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            boolean listed = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                listed |= code.equals(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(listed).isTrue();
        }
        read(specialist, query).andExpect(status().isForbidden());
        read(desk, "/api/v1/tracking-book?agency=" + center + "&from=" + today + "&to=" + today.minusDays(3))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document.book_period_invalid"));
    }

    @Test
    void theDigitisationOfEachSubmittedDocumentIsShown() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        read(desk, "/api/v1/dossiers/" + code)
                .andExpect(jsonPath("$.documents[0].origin").value("UPLOADED"));
    }

    private ResultActions issue(String token, String code, String kind) throws Exception {
        return mvc.perform(
                post("/api/v1/dossiers/" + code + "/documents/" + kind).header("Authorization", "Bearer " + token));
    }

    private ResultActions upload(String token, String code, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/dossiers/" + code + "/result")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .header("Authorization", "Bearer " + token));
    }

    private byte[] pdf(String token, String code, int id) throws Exception {
        return mvc.perform(
                        get("/api/v1/dossiers/" + code + "/documents/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfReading.text(pdf);
    }
}
