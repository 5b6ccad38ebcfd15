package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A paper dossier's life through the officer pages: registered and received at the desk with a scanned
 * paper, the receipt downloaded, a supplement requested and answered, processed step by step by the
 * specialist and the leader, the result returned, and the citizen tracking it on a phone. The procedure is
 * the demo province's "Cấp lại giấy phép hành nghề khoan nước dưới đất" (received at the provincial
 * center, processed by the Department of Natural Resources and Environment: desk → specialist → unit
 * leader → leader).
 */
class CounterDossierBrowserTests extends BrowserTestSupport {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    static final Pattern CODE = Pattern.compile("/can-bo/ho-so/(000\\.00\\.01\\.H41-\\d{6}-\\d{4})$");

    @Autowired
    Catalog catalog;

    @Autowired
    Users users;

    @Test
    void theDeskRegistersADossierWithAScanAndTheReceiptDownloadsAsPdf() throws IOException {
        Page page = open(Screen.DESKTOP);
        signIn(page, "tiepnhan");
        String code = register(page, "Trần Thị Hoa", "040190001201", "desk");

        // The scan is kept with its paper, and the receipt issued at reception downloads as a PDF.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("don-de-nghi.pdf")))
                .isVisible();
        Download receipt = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"))
                .click());
        assertThat(startOf(Files.readAllBytes(receipt.path()))).isEqualTo("%PDF");
        assertThat(receipt.suggestedFilename()).endsWith(".pdf");

        // The scan opens in the browser to be checked (shown inline, not downloaded): it is the paper scanned.
        Locator scan = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("don-de-nghi.pdf"));
        assertThat(fetched(page, scan)).isEqualTo(scannedPdf());
        assertThat(code).startsWith("000.00.01.H41-");
    }

    @Test
    void aSupplementIsRequestedAtTheDeskAndAnsweredWithTheMissingPaper() throws IOException {
        Page page = open(Screen.DESKTOP);
        signIn(page, "tiepnhan");
        String code = register(page, "Phạm Văn Đức", "040090001202", "supplement");

        Locator request = actionForm(page, "Yêu cầu bổ sung");
        request.getByLabel("Giấy tờ cần bổ sung").fill("Thiếu bản sao giấy phép đã được cấp.");
        request.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Yêu cầu bổ sung");
        assertThat(page.locator("main")).containsText("Yêu cầu bổ sung");
        seen(page, "supplement-requested");
        Download form = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"))
                .click());
        assertThat(startOf(Files.readAllBytes(form.path()))).isEqualTo("%PDF");

        // No page answers a supplement yet (the citizen's dossier page comes with the online portal): the
        // desk answers it through the HTTP API, then the officer page shows the dossier moving again.
        APIResponse answer = api("tiepnhan", DEMO_PASSWORD)
                .post(
                        "/api/v1/dossiers/" + code + "/submit-supplement",
                        RequestOptions.create()
                                .setData(Map.of(
                                        "documents",
                                        java.util.List.of(Map.of("requiredOrder", 2, "form", "COPY", "quantity", 1)))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("main")).containsText("Nộp bổ sung");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển xử lý")))
                .isVisible();
        seen(page, "supplement-answered");
    }

    @Test
    void theSpecialistAndTheLeaderProcessItAndTheCitizenTracksItToReturnedOnAPhone() {
        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        String code = register(desk, "Lê Thị Mai", "040190001203", "lifecycle");
        act(desk, "Chuyển xử lý");

        resolvedByTheDepartment(code, "Cấp lại giấy phép hành nghề khoan nước dưới đất cho bà Lê Thị Mai.", "");

        desk.navigate("/can-bo/ho-so/" + code);
        Locator handOver = actionForm(desk, "Trả kết quả");
        assertThat(handOver.getByLabel("Người nhận kết quả")).hasValue("Lê Thị Mai");
        handOver.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator("main")).containsText("Đã trả kết quả");
        seen(desk, "dossier-returned");

        Page phone = open(Screen.PHONE);
        phone.navigate("/tra-cuu");
        seen(phone, "tracking-form-phone");
        phone.getByLabel("Mã hồ sơ").fill(code);
        phone.getByLabel("Số định danh").fill("040190001203");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu"))
                .click();
        assertThat(phone.locator("main dl")).containsText("Đã trả kết quả");
        assertThat(phone.locator("main ol")).containsText("Trả kết quả");
        seen(phone, "tracking-returned-phone");
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
    }

    @Test
    void anOfficerOfAnotherAgencyGetsTheNotFoundPage() {
        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        String code = register(desk, "Đỗ Văn Hùng", "040090001204", "outsider");

        var health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        var outsider = users.create("yte-browser", "mật-khẩu-yte", "Hoàng Văn Y", Set.of(Role.SPECIALIST));
        users.assignAgencies(outsider.id(), Set.of(health));

        Page page = open(Screen.DESKTOP);
        signIn(page, "yte-browser", "mật-khẩu-yte");
        var response = page.navigate("/can-bo/ho-so/" + code);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Không tìm thấy hồ sơ");
        assertThat(page.locator("main")).not().containsText("Đỗ Văn Hùng");
        seen(page, "not-found");
    }

    /**
     * Registers and receives a counter dossier on the desk page, the first paper's scan attached; returns
     * the code. Leaves the page on the new dossier.
     */
    String register(Page page, String name, String idNumber, String shot) {
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tiếp nhận hồ sơ"))
                .click();
        page.getByLabel("Tìm thủ tục").fill("cap lai giay phep khoan nuoc duoi dat");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm"))
                .click();
        var procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        page.locator("a[href*='procedure=" + procedure.id() + "']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText(procedure.name());

        page.getByLabel("Họ tên").fill(name);
        page.getByLabel("Số định danh").fill(idNumber);
        page.getByLabel("Điện thoại").fill("0912 345 678");
        page.getByLabel("Địa chỉ", new Page.GetByLabelOptions().setExact(true)).fill("Phường Hồng Sơn, tỉnh Hồng Lam");
        page.locator("#file-1").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf", scannedPdf()));
        seen(page, "reception-" + shot);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ"))
                .click();

        assertThat(page).hasURL(CODE);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tiếp nhận");
        assertThat(page.locator("main")).containsText(name);
        seen(page, "received-" + shot);
        Matcher m = CODE.matcher(page.url());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
