package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The citizen portal with a real form login and the real database: the online application wizard on the
 * demo province's "Cấp lại giấy phép hành nghề khoan nước dưới đất" (offered online; document 1 is
 * mandatory, document 2 optional), "Hồ sơ của tôi" and the citizen's dossier page.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class CitizenPortalControllerTests {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Users users;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcClient jdbc;

    ProcedureView procedure;
    String base;
    CurrentUser citizen;

    @BeforeEach
    void procedureAndCitizen() {
        procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        base = "/nop-ho-so/" + procedure.id();
        citizen = citizen("Võ Thị Mai");
    }

    CurrentUser citizen(String name) {
        String username = "cd-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser user = users.create(username, "mật-khẩu", name, Set.of(Role.APPLICANT));
        users.updateContact(user.id(), username + "@example.vn", phoneOf(user));
        return user;
    }

    /** The citizen's own phone number, made from the account (a phone belongs to one account). */
    static String phoneOf(CurrentUser user) {
        return "09" + String.format("%08d", Math.floorMod(user.id().hashCode(), 100_000_000));
    }

    MockHttpSession login(CurrentUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", user.username())
                        .param("password", "mật-khẩu"))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    void applicant(MockHttpSession session, String idNumber) throws Exception {
        mvc.perform(post(base + "/nguoi-nop")
                        .session(session)
                        .with(csrf())
                        .param("applicantType", "CITIZEN")
                        .param("name", "Võ Thị Mai")
                        .param("idType", "CCCD")
                        .param("idNumber", idNumber)
                        .param("dateOfBirth", "1985-04-30")
                        .param("phone", "0912 345 678")
                        .param("email", "mai@example.vn")
                        .param("address", "12 Lê Lợi, phường Hồng Sơn"))
                .andExpect(redirectedUrl(base + "?buoc=2"));
    }

    void documents(MockHttpSession session) throws Exception {
        mvc.perform(multipart(base + "/giay-to")
                        .file(new MockMultipartFile("file1", "don-de-nghi.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("file2", "", "application/octet-stream", new byte[0]))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "?buoc=3"));
    }

    void delivery(MockHttpSession session) throws Exception {
        String center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id().toString();
        mvc.perform(post(base + "/nhan-ket-qua")
                        .session(session)
                        .with(csrf())
                        .param("deliveryMethod", "POSTAL")
                        .param("deliveryCommune", "41001")
                        .param("deliveryStreet", "12 Lê Lợi")
                        .param("receivingCenterId", center))
                .andExpect(redirectedUrl(base + "?buoc=4"));
    }

    String submissionKey(MockHttpSession session) throws Exception {
        String review = mvc.perform(get(base).param("buoc", "4").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("don-de-nghi.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"").matcher(review);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The whole wizard; returns the new dossier's reference (its id until the desk gives it a code). */
    String apply(MockHttpSession session, String idNumber) throws Exception {
        mvc.perform(get(base).session(session)).andExpect(status().isOk());
        applicant(session, idNumber);
        documents(session);
        delivery(session);
        String key = submissionKey(session);
        mvc.perform(post(base + "/nop").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl(base + "/da-nop"));
        return ownDossiers(citizenOf(session)).getFirst().toString();
    }

    CurrentUser citizenOf(MockHttpSession session) {
        return users.findByUsername(username(session)).orElseThrow();
    }

    static String username(MockHttpSession session) {
        var context = (org.springframework.security.core.context.SecurityContext)
                session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context.getAuthentication().getName();
    }

    java.util.List<UUID> ownDossiers(CurrentUser user) {
        return jdbc.sql("select id from dossier.dossier where applicant_account_id = :a order by submitted_at desc")
                .param("a", user.id())
                .query(UUID.class)
                .list();
    }

    /** The readable reference the applicant is given at submission. */
    String reference(String dossierId) {
        return jdbc.sql("select reference from dossier.dossier where id = :d")
                .param("d", UUID.fromString(dossierId))
                .query(String.class)
                .single();
    }

    long storedFiles(String dossierId) {
        return jdbc.sql(
                        "select count(*) from dossier.submitted_document where dossier_id = :d and file_sha256 is not null")
                .param("d", UUID.fromString(dossierId))
                .query(Long.class)
                .single();
    }

    @Test
    void anonymousApplicantsAreSentToSignInAndComeBackToTheWizard() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(base).session(session)).andExpect(redirectedUrl("/login"));
        String back = mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", citizen.username())
                        .param("password", "mật-khẩu"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).contains(base);
    }

    @Test
    void theWizardCreatesOneDossierWithItsFileAndSendingItAgainAnswersTheSameDossier() throws Exception {
        MockHttpSession session = login(citizen);
        mvc.perform(get(base).session(session))
                .andExpect(status().isOk())
                // Prefilled from the account.
                .andExpect(content().string(containsString("value=\"Võ Thị Mai\"")))
                .andExpect(content().string(containsString("value=\"" + phoneOf(citizen) + "\"")))
                .andExpect(content().string(containsString("id=\"wizard-next\"")));
        applicant(session, "040085001234");
        documents(session);
        delivery(session);
        String key = submissionKey(session);
        mvc.perform(post(base + "/nop").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl(base + "/da-nop"));
        assertThat(ownDossiers(citizen)).hasSize(1);
        String id = ownDossiers(citizen).getFirst().toString();
        assertThat(storedFiles(id)).isEqualTo(1);

        // Online dossiers get their code at receipt (ADR 0004): the confirmation shows the reference.
        mvc.perform(get(base + "/da-nop").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nộp hồ sơ")))
                .andExpect(content().string(containsString(reference(id))))
                // A reference a person can read and quote, never the internal id (issue 14).
                .andExpect(content().string(not(containsString(id))))
                .andExpect(content().string(containsString("Chờ tiếp nhận")))
                .andExpect(content().string(containsString("Nơi tiếp nhận hồ sơ")))
                .andExpect(content().string(containsString("Giờ làm việc")));

        // A double click, or the back button and submitting again: the same dossier.
        mvc.perform(post(base + "/nop").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl(base + "/da-nop"));
        mvc.perform(get(base).param("buoc", "4").session(session)).andExpect(redirectedUrl(base + "/da-nop"));
        assertThat(ownDossiers(citizen)).hasSize(1);

        // Starting another application for the same procedure is a deliberate step.
        mvc.perform(post(base + "/moi").session(session).with(csrf())).andExpect(redirectedUrl(base));
        mvc.perform(get(base).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("040085001234"))));
        assertThat(ownDossiers(citizen)).hasSize(1);
    }

    @Test
    void invalidFieldsAreShownNextToThemAndWhatWasTypedSurvivesSigningInAgain() throws Exception {
        MockHttpSession session = login(citizen);
        mvc.perform(post(base + "/nguoi-nop")
                        .session(session)
                        .with(csrf())
                        .param("applicantType", "CITIZEN")
                        .param("name", "Võ Thị Mai")
                        .param("idType", "CCCD")
                        .param("idNumber", "12345")
                        .param("phone", "09-abc")
                        .param("email", "mai@")
                        .param("address", "12 Lê Lợi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"idNumber-error\">Số định danh không đúng")))
                .andExpect(content().string(containsString("Số giấy tờ tùy thân: Số định danh không đúng")))
                .andExpect(content().string(containsString("Số điện thoại không đúng")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")))
                .andExpect(content().string(containsString("value=\"12345\"")))
                .andExpect(content().string(containsString("value=\"12 Lê Lợi\"")));

        // The session expires; after signing in again the wizard still has everything typed.
        MockHttpSession again = login(citizen);
        mvc.perform(get(base).session(again))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"12345\"")))
                .andExpect(content().string(containsString("value=\"mai@\"")))
                .andExpect(content().string(containsString("value=\"12 Lê Lợi\"")));
        assertThat(ownDossiers(citizen)).isEmpty();
    }

    @Test
    void aMissingMandatoryDocumentOrAWrongFileIsShownAtItsSlotAndNothingIsStored() throws Exception {
        MockHttpSession session = login(citizen);
        applicant(session, "040085004321");
        mvc.perform(multipart(base + "/giay-to").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("id=\"file1-error\">Xin Ông/Bà tải lên giấy tờ bắt buộc này.")));
        mvc.perform(multipart(base + "/giay-to")
                        .file(new MockMultipartFile(
                                "file1", "don.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("id=\"file1-error\">Tệp &quot;don.pdf&quot; không phải loại")));

        // Submitting anyway (jumping to the last step) is refused: no dossier.
        delivery(session);
        String key = reviewKey(session);
        mvc.perform(post(base + "/nop").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin Ông/Bà tải lên giấy tờ bắt buộc này.")));
        assertThat(ownDossiers(citizen)).isEmpty();
        assertThat(jdbc.sql("select files::text from dossier.draft where account_id = :a")
                        .param("a", citizen.id())
                        .query(String.class)
                        .single())
                .isEqualTo("{}");
    }

    /** The submission key on the review page, whatever it shows. */
    String reviewKey(MockHttpSession session) throws Exception {
        String review = mvc.perform(get(base).param("buoc", "4").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"").matcher(review);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aPageNumberInTheLinkOutOfRangeShowsTheNearestPage() throws Exception {
        MockHttpSession mine = login(citizen);
        for (String page : new String[] {"2147483647", "-1", "100000"}) {
            mvc.perform(get("/ho-so-cua-toi").param("page", page).session(mine)).andExpect(status().isOk());
        }
    }

    @Test
    void myDossiersListsOnlyMyOwnAndAnotherCitizensDossierIsNotFound() throws Exception {
        MockHttpSession mine = login(citizen);
        String myDossier = apply(mine, "040085005555");
        CurrentUser neighbour = citizen("Trần Văn Hùng");
        MockHttpSession theirs = login(neighbour);
        base = "/nop-ho-so/" + procedure.id();
        String theirDossier = apply(theirs, "040085006666");

        mvc.perform(get("/ho-so-cua-toi").session(mine))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference(myDossier))))
                .andExpect(content().string(containsString("Chờ tiếp nhận")))
                .andExpect(content().string(not(containsString(reference(theirDossier)))));
        mvc.perform(get("/ho-so-cua-toi/" + myDossier).session(mine))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("don-de-nghi.pdf")));
        mvc.perform(get("/ho-so-cua-toi/" + theirDossier).session(mine)).andExpect(status().isNotFound());
        mvc.perform(get("/ho-so-cua-toi/" + myDossier).session(theirs)).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedDossierIsListedWithItsReferenceNotAsWaitingForTheDesk() throws Exception {
        CurrentUser applicant = citizen("Lý Thị Mơ");
        MockHttpSession session = login(applicant);
        base = "/nop-ho-so/" + procedure.id();
        String id = apply(session, "040085008888");
        dossiers.handle(
                DossierRef.of(id),
                new DossierCommand.Refuse("Không thuộc thẩm quyền", null),
                Actor.person(users.findByUsername("tiepnhan").orElseThrow()));
        mvc.perform(get("/ho-so-cua-toi").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference(id))))
                .andExpect(content().string(containsString("Từ chối")))
                .andExpect(content().string(not(containsString("Chưa có mã (chờ tiếp nhận)"))));
    }

    @Test
    void aSupplementAnsweredWithAFileMovesTheDossierOn() throws Exception {
        MockHttpSession session = login(citizen);
        String id = apply(session, "040085007777");
        CurrentUser desk = users.findByUsername("tiepnhan").orElseThrow();
        dossiers.handle(
                DossierRef.of(id),
                new DossierCommand.RequestSupplement("Đơn chưa có chữ ký của người đề nghị", null),
                Actor.person(desk));

        String page = mvc.perform(get("/ho-so-cua-toi/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yêu cầu bổ sung hồ sơ")))
                .andExpect(content().string(containsString("Đơn chưa có chữ ký của người đề nghị")))
                .andExpect(content().string(containsString("id=\"supplement-form\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).isTrue();

        // Nothing chosen: refused, nothing changes.
        mvc.perform(multipart("/ho-so-cua-toi/" + id + "/bo-sung")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/ho-so-cua-toi/" + id));
        assertThat(storedFiles(id)).isEqualTo(1);

        mvc.perform(multipart("/ho-so-cua-toi/" + id + "/bo-sung")
                        .file(new MockMultipartFile("file1", "don-co-chu-ky.pdf", "application/pdf", PDF))
                        .param("note", "Đã ký bổ sung")
                        .param("version", version.group(1))
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/ho-so-cua-toi/" + id));
        assertThat(storedFiles(id)).isEqualTo(2);
        mvc.perform(get("/ho-so-cua-toi/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chờ tiếp nhận")))
                .andExpect(content().string(containsString("don-co-chu-ky.pdf")))
                .andExpect(content().string(not(containsString("id=\"supplement-form\""))));
        mvc.perform(get("/ho-so-cua-toi/" + id + "/giay-to/0").session(session)).andExpect(status().isNotFound());
        String sha = jdbc.sql(
                        "select file_sha256 from dossier.submitted_document where dossier_id = :d and file_name = 'don-co-chu-ky.pdf'")
                .param("d", UUID.fromString(id))
                .query(String.class)
                .single();
        mvc.perform(get("/ho-so-cua-toi/" + id + "/tep/" + sha).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    // ---- postal (issue 18): the structured address and the postage before confirming ----

    @Test
    void postalReturnTakesACommuneOfTheProvinceAndShowsThePostageBeforeConfirming() throws Exception {
        MockHttpSession session = login(citizen);
        applicant(session, "040085007788");
        documents(session);
        String center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id().toString();
        // No commune chosen, then one outside the province: refused at the field, nothing moves on.
        mvc.perform(post(base + "/nhan-ket-qua")
                        .session(session)
                        .with(csrf())
                        .param("deliveryMethod", "POSTAL")
                        .param("deliveryStreet", "12 Lê Lợi")
                        .param("receivingCenterId", center))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deliveryCommune-error\"")));
        mvc.perform(post(base + "/nhan-ket-qua")
                        .session(session)
                        .with(csrf())
                        .param("deliveryMethod", "POSTAL")
                        .param("deliveryCommune", "00004")
                        .param("deliveryStreet", "12 Lê Lợi")
                        .param("receivingCenterId", center))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ không thuộc các xã, phường của tỉnh.")));
        mvc.perform(post(base + "/nhan-ket-qua")
                        .session(session)
                        .with(csrf())
                        .param("deliveryMethod", "POSTAL")
                        .param("deliveryCommune", "41034")
                        .param("deliveryStreet", "Xóm 4")
                        .param("receivingCenterId", center))
                .andExpect(redirectedUrl(base + "?buoc=4"));
        mvc.perform(get(base).param("buoc", "4").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xóm 4, xã Hưng Lộc, tỉnh Hồng Lam")))
                .andExpect(content()
                        .string(containsString(
                                "Cước gửi kết quả qua bưu chính: 22.000 đồng (theo báo giá của Bưu chính mô phỏng)")));
        String key = submissionKey(session);
        mvc.perform(post(base + "/nop").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl(base + "/da-nop"));
        String id = ownDossiers(citizen).getFirst().toString();
        mvc.perform(get("/ho-so-cua-toi/" + id).session(session))
                .andExpect(content().string(containsString("id=\"citizen-postal\"")))
                .andExpect(content().string(containsString("Xóm 4, xã Hưng Lộc, tỉnh Hồng Lam")))
                .andExpect(content().string(containsString("Kết quả sẽ được gửi qua bưu chính")));
    }
}
