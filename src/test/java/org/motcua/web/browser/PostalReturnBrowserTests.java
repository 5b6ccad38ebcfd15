package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A result returned by post in the running demo: the desk creates the postal order at the return counter
 * with the built-in demo carrier and prints the label, the simulated postman ("Mô phỏng bưu tá") takes the
 * parcel and delivers it, and the citizen sees the carrier, the tracking number and "delivered" on public
 * tracking on a phone.
 */
class PostalReturnBrowserTests extends BrowserTestSupport {

    @Autowired
    Dossiers dossiers;

    @Autowired
    Catalog catalog;

    @Autowired
    Users users;

    /** Registered at the desk with postal return to an address in the province, processed and resolved. */
    DossierView resolvedByPost(String name, String idNumber) {
        CurrentUser desk = users.findByUsername("tiepnhan").orElseThrow();
        CurrentUser specialist = users.findByUsername("chuyenvien").orElseThrow();
        CurrentUser leader = users.findByUsername("lanhdao").orElseThrow();
        String address = "Số 8 Phan Đình Phùng, phường Trường Thi, tỉnh Hồng Lam";
        DossierView d = dossiers.submit(
                new Submit(
                        catalog.procedureByCode("1.004253.000.00.19.H41")
                                .orElseThrow()
                                .id(),
                        Channel.COUNTER,
                        catalog.agencyByCode("000.00.01.H41").orElseThrow().id(),
                        new Applicant(
                                Applicant.ApplicantType.CITIZEN,
                                name,
                                Applicant.IdType.CCCD,
                                idNumber,
                                null,
                                null,
                                "0912345678",
                                null,
                                address),
                        null,
                        DeliveryMethod.POSTAL,
                        address,
                        List.of(new DocumentInput(
                                1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                List.of(),
                Actor.person(desk),
                UUID.randomUUID().toString());
        d = dossiers.handle(DossierRef.of(d.code()), new DossierCommand.Forward(null, null, null), Actor.person(desk));
        d = dossiers.handle(
                DossierRef.of(d.code()), new DossierCommand.Forward(null, null, null), Actor.person(specialist));
        d = dossiers.handle(
                DossierRef.of(d.code()), new DossierCommand.Forward(null, null, null), Actor.person(leader));
        d = dossiers.handle(DossierRef.of(d.code()), new DossierCommand.Approve(null, null), Actor.person(leader));
        return dossiers.handle(
                DossierRef.of(d.code()), new DossierCommand.Resolve(null, null, null), Actor.person(leader));
    }

    @Test
    void aResultPostedAtTheCounterIsDeliveredAndPublicTrackingShowsItsTrackingNumber() throws IOException {
        String idNumber =
                "040195" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
        DossierView d = resolvedByPost("Hoàng Thị Thu", idNumber);

        // The desk: the dossier is in the return counter's list; the postal order is one click.
        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        desk.navigate("/can-bo/tra-ket-qua/" + d.code());
        assertThat(desk.locator("#postal-address")).hasText("Số 8 Phan Đình Phùng, phường Trường Thi, tỉnh Hồng Lam");
        seen(desk, "counter-postal-before");
        desk.locator("#postal-send").click();
        assertThat(desk.locator("#postal-done")).containsText("Đã tạo đơn bưu chính");
        Locator number = desk.locator("#postal-tracking-number");
        assertThat(number).hasText(java.util.regex.Pattern.compile("HL\\d{9}VN"));
        String trackingNumber = number.textContent();
        assertThat(desk.locator("#postal-state")).hasText("Đã tạo đơn, chờ bưu tá đến nhận");
        assertThat(desk.locator("#handed-over")).containsText(trackingNumber);
        seen(desk, "counter-postal-created");
        byte[] label = fetched(desk, desk.locator("#postal-label"));
        org.assertj.core.api.Assertions.assertThat(startOf(label)).isEqualTo("%PDF");
        Path saved = Path.of("target", "screenshots", getClass().getSimpleName(), "label.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, label);

        // The demo postman takes the parcel, then delivers it.
        Page postman = open(Screen.DESKTOP);
        signIn(postman, "tiepnhan");
        postman.navigate("/demo/buu-ta");
        Locator row = postman.locator("#parcel-" + trackingNumber);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bưu tá đã nhận hàng"))
                .click();
        assertThat(postman.locator("#postman-moved")).containsText(trackingNumber);
        seen(postman, "postman-simulator");
        postman.locator("#parcel-" + trackingNumber)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Giao hàng thành công"))
                .click();
        assertThat(postman.locator("#parcel-" + trackingNumber)).containsText("501 · Giao hàng thành công");

        // The citizen tracks it on a phone: the carrier, the number and "delivered", not "collect at the center".
        Page phone = open(Screen.PHONE);
        phone.navigate("/tra-cuu/" + d.code());
        phone.getByLabel("Số định danh cá nhân hoặc mã số thuế").fill(idNumber);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu"))
                .click();
        assertThat(phone.locator("#tracking-postal-number")).hasText(trackingNumber);
        assertThat(phone.locator("#tracking-postal")).containsText("Bưu chính mô phỏng");
        assertThat(phone.locator("#tracking-postal-state")).hasText("Đã giao thành công");
        assertThat(phone.locator("main")).not().containsText("Nơi nhận kết quả");
        seenOnPhone(phone, "tracking-postal-delivered-phone");

        // The desk sees the delivery too.
        desk.navigate("/can-bo/tra-ket-qua/" + d.code());
        assertThat(desk.locator("#postal-state")).hasText("Đã giao thành công");
    }
}
