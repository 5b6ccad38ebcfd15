package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.RecordingVerificationCodeSender;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's dossier submitted online, through every page it meets: registration with the code sent to
 * the citizen, the catalog, the four-step wizard on a phone, the desk's online queue, the Department's
 * officer pages, the return counter, and "Hồ sơ của tôi" and public tracking on the phone again; and a
 * supplement the desk asks for and the citizen answers on the dossier page. The procedure is the demo
 * province's "Cấp lại giấy phép hành nghề khoan nước dưới đất": offered online, received at the provincial
 * center, no fees; paper 1 is mandatory, paper 2 optional.
 */
class CitizenOnlineBrowserTests extends BrowserTestSupport {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    static final String PROCEDURE_NAME = "Cấp lại giấy phép hành nghề khoan nước dưới đất";
    static final String RECEIVING_CENTER = "000.00.01.H41";
    static final Pattern CODE = Pattern.compile("000\\.00\\.01\\.H41-\\d{6}-\\d{4}");

    @Autowired
    RecordingVerificationCodeSender sentCodes;

    @Autowired
    Catalog catalog;

    @Autowired
    Users users;

    @Test
    void aNewCitizenAppliesOnlineOnAPhoneAndFollowsTheDossierUntilTheResultIsReturned() {
        String name = "Hoàng Thị Thu";
        String idNumber = "040190001301";
        String email = "thu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String password = "Hoa-sen-2026";

        // Registration: the code goes to the e-mail address (captured here), the account is then active.
        Page phone = open(Screen.PHONE);
        phone.navigate("/");
        phone.locator(".account-bar")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng ký"))
                .click();
        phone.locator("#displayName").fill(name);
        phone.locator("#email").fill(email);
        phone.locator("#password").fill(password);
        phone.locator("#passwordConfirmation").fill(password);
        seenOnPhone(phone, "register-phone");
        phone.locator("#register-submit").click();

        assertThat(phone.locator("#code-sent")).containsText("th***@example.vn"); // masked
        assertThat(phone.locator("#contact")).hasValue(email);
        phone.locator("#code").fill(sentCodes.lastCodeFor(email).orElseThrow());
        seenOnPhone(phone, "verify-phone");
        phone.locator("#verify-submit").click();

        // Verified in the browser that registered: signed in at once.
        assertThat(phone).hasURL(Pattern.compile(".*/$"));
        assertThat(phone.locator(".account-name")).hasText(name);

        // From the catalog to the wizard.
        phone.getByRole(AriaRole.SEARCHBOX).fill("cap lai giay phep khoan nuoc");
        phone.getByRole(AriaRole.SEARCHBOX).press("Enter");
        phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(PROCEDURE_NAME).setExact(true))
                .click();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến"))
                .click();
        String reference = applyOnline(phone, name, idNumber, "");
        assertThat(reference).doesNotContain("H41"); // the code comes with the reception

        // The desk receives it from the online queue; the receipt is a PDF.
        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        String code = receiveFromTheQueue(desk, name);

        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mở trang hồ sơ"))
                .click();
        assertThat(desk).hasURL(Pattern.compile(".*/can-bo/ho-so/" + code.replace(".", "\\.") + "$"));
        act(desk, "Chuyển xử lý");

        resolvedByTheDepartment(
                code, "Cấp lại giấy phép hành nghề khoan nước dưới đất cho bà " + name + ".", "online-");

        // The desk hands the result over at the return counter, found by its code.
        desk.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Trả kết quả"))
                .click();
        assertThat(desk.locator("#ready-to-return")).containsText(code);
        seen(desk, "return-counter");
        desk.locator("#ma").fill(code);
        desk.locator("#lookup-submit").click();
        assertThat(desk).hasURL(Pattern.compile(".*/can-bo/tra-ket-qua/" + code.replace(".", "\\.") + "$"));
        assertThat(desk.locator("#fees-state")).containsText("không có nghĩa vụ tài chính");
        assertThat(desk.locator("#recipientName")).hasValue(name);
        assertThat(desk.locator("#idNumber")).hasValue(idNumber);
        seen(desk, "return-dossier");
        desk.locator("#handover-submit").click();
        assertThat(desk.locator("#counter-done")).containsText("Đã trả kết quả");
        assertThat(desk.locator("#handed-over")).containsText(name);
        seen(desk, "returned-at-counter");

        // The citizen, on the phone still signed in, sees it returned, and so does public tracking.
        phone.locator(".navbar-toggler").click();
        phone.locator("#nav-my-dossiers").click();
        assertThat(phone.locator("#my-dossiers")).containsText("Đã trả kết quả");
        seenOnPhone(phone, "my-dossiers-phone");
        phone.locator("#my-dossiers")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PROCEDURE_NAME))
                .first()
                .click();
        assertThat(phone.locator("#dossier-code")).hasText(code);
        assertThat(phone.locator("#dossier-status")).hasText("Đã trả kết quả");
        assertThat(phone.locator("#timeline")).containsText("Trả kết quả");
        seenOnPhone(phone, "my-dossier-returned-phone");

        phone.navigate("/tra-cuu");
        phone.getByLabel("Mã hồ sơ").fill(code);
        phone.getByLabel("Số định danh").fill(idNumber);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu"))
                .click();
        assertThat(phone.locator("main dl")).containsText("Đã trả kết quả");
        seenOnPhone(phone, "online-tracking-returned-phone");
    }

    @Test
    void theDeskAsksForASupplementAndTheCitizenAnswersOnTheDossierPage() {
        String name = "Đặng Văn Khoa";
        String idNumber = "040090001302";
        CurrentUser citizen = citizen(name, "khoa");

        Page page = open(Screen.DESKTOP);
        signIn(page, citizen.username(), "Mat-khau-2026");
        page.navigate(
                "/nop-ho-so/" + catalog.procedureByCode(PROCEDURE).orElseThrow().id());
        String reference = applyOnline(page, name, idNumber, "supplement-");

        // Paper 2 (the licence already granted) is missing: the desk asks for it, in writing, once.
        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        openInTheQueue(desk, name);
        desk.locator("#issue-2").check();
        desk.locator("#reason-2").fill("Thiếu bản sao giấy phép đã được cấp.");
        desk.locator("#supplement-submit").click();
        assertThat(desk.locator("#queue-done")).containsText("Đã gửi yêu cầu bổ sung");
        assertThat(desk.locator("#dossier-status")).hasText("Yêu cầu bổ sung");
        seen(desk, "queue-supplement-requested");

        // The citizen answers on the dossier page with the missing paper.
        page.navigate("/ho-so-cua-toi/" + reference);
        assertThat(page.locator("#supplement-request")).containsText("Thiếu bản sao giấy phép đã được cấp.");
        seen(page, "citizen-supplement-request");
        page.locator("#supplement-file2")
                .setInputFiles(new FilePayload("giay-phep-da-cap.pdf", "application/pdf", scannedPdf()));
        page.locator("#supplement-note").fill("Xin gửi bản sao giấy phép.");
        page.locator("#supplement-submit").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi giấy tờ bổ sung");
        assertThat(page.locator("#supplement-request")).hasCount(0);
        assertThat(page.locator("#submitted-documents")).containsText("giay-phep-da-cap.pdf");
        seen(page, "citizen-supplement-answered");

        // Back in the desk's queue with the answer: the paper's file and the history; then received.
        openInTheQueue(desk, name);
        assertThat(desk.locator("#dossier-status")).hasText("Chờ tiếp nhận");
        assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("giay-phep-da-cap.pdf")))
                .isVisible();
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mở trang hồ sơ"))
                .click();
        assertThat(desk.locator("main")).containsText("Nộp bổ sung");
        assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("giay-phep-da-cap.pdf")))
                .isVisible();
        seen(desk, "officer-supplement-answered");
        desk.goBack();
        desk.locator("#receive-submit").click();
        assertThat(desk.locator("#queue-done")).containsText("Đã tiếp nhận hồ sơ");
    }

    /** A citizen account made through the facade, for flows that are not about registering. */
    CurrentUser citizen(String name, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser user = users.create(username, "Mat-khau-2026", name, Set.of(Role.APPLICANT));
        users.updateContact(user.id(), username + "@example.vn", null); // a phone belongs to one account
        return user;
    }

    /**
     * The wizard from its first step: the applicant (name and e-mail prefilled from the account), a PDF
     * for paper 1 only when {@code shot} is for the supplement flow, for both otherwise, the result at the
     * counter, review and submit. Returns the reference on the confirmation page.
     */
    String applyOnline(Page page, String name, String idNumber, String shot) {
        boolean onPhone = page.viewportSize().width < 500;
        String suffix = onPhone ? "-phone" : "";
        assertThat(page.locator("#step-title")).containsText("Người nộp");
        assertThat(page.locator("#name")).hasValue(name);
        page.locator("#applicantType-CITIZEN").check();
        page.locator("#idNumber").fill(idNumber);
        page.locator("#dateOfBirth").fill("1990-05-12");
        page.locator("#phone").fill("0912 345 678");
        page.locator("#address").fill("Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam");
        check(page, shot + "wizard-applicant" + suffix);
        page.locator("#wizard-next").click();

        assertThat(page).hasURL(Pattern.compile(".*buoc=2$"));
        page.locator("#file1").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf", scannedPdf()));
        boolean withTheLicence = !shot.startsWith("supplement");
        if (withTheLicence) {
            page.locator("#file2")
                    .setInputFiles(new FilePayload("giay-phep-da-cap.pdf", "application/pdf", scannedPdf()));
        }
        check(page, shot + "wizard-documents" + suffix);
        page.locator("#wizard-next").click();

        assertThat(page).hasURL(Pattern.compile(".*buoc=3$"));
        page.locator("#deliveryMethod-COUNTER").check();
        page.locator("#receivingCenterId")
                .selectOption(catalog.agencyByCode(RECEIVING_CENTER)
                        .orElseThrow()
                        .id()
                        .toString());
        assertThat(page.locator("#fees")).containsText("không mất phí");
        check(page, shot + "wizard-delivery" + suffix);
        page.locator("#wizard-next").click();

        assertThat(page).hasURL(Pattern.compile(".*buoc=4$"));
        assertThat(page.locator("main")).containsText("don-de-nghi.pdf");
        check(page, shot + "wizard-review" + suffix);
        page.locator("#wizard-submit").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đã nộp hồ sơ");
        assertThat(page.locator("#dossier-status")).hasText("Chờ tiếp nhận");
        check(page, shot + "confirmation" + suffix);
        return page.locator("#dossier-reference").innerText().trim();
    }

    private void check(Page page, String name) {
        if (page.viewportSize().width < 500) {
            seenOnPhone(page, name);
        } else {
            seen(page, name);
        }
    }

    /** Opens the online dossier of this applicant from the desk's queue. */
    void openInTheQueue(Page desk, String applicant) {
        desk.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hồ sơ trực tuyến"))
                .click();
        assertThat(desk.locator("#online-queue")).containsText(applicant);
        seen(desk, "online-queue");
        desk.locator("#online-queue li")
                .filter(new Locator.FilterOptions().setHasText(applicant))
                .locator(".queue-open")
                .click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(PROCEDURE_NAME);
    }

    /** Receives the applicant's online dossier from the queue; checks the receipt is a PDF; returns the code. */
    String receiveFromTheQueue(Page desk, String applicant) {
        openInTheQueue(desk, applicant);
        assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("don-de-nghi.pdf")))
                .isVisible();
        seen(desk, "queue-review");
        desk.locator("#receive-submit").click();
        assertThat(desk.locator("#queue-done")).containsText("Đã tiếp nhận hồ sơ");
        String code = desk.locator("#queue-done .code").innerText().trim();
        assertThat(code).matches(CODE);
        seen(desk, "queue-received");

        // The receipt opens in a new tab to be printed: what that tab gets is the PDF.
        Locator receipt = desk.locator("a.issued-document[data-kind=RECEIPT]");
        assertThat(receipt).hasAttribute("target", "_blank");
        assertThat(startOf(fetched(desk, receipt))).isEqualTo("%PDF");
        return code;
    }
}
