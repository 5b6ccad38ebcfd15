package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
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
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.payments.Payments;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen pays a fee online against the demo's built-in VNPay, and the officer sees it paid with its
 * numbered receipt.
 */
class PaymentsBrowserTests extends BrowserTestSupport {

    static final String PASSWORD = "Hoa-sen-2026";

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Payments payments;

    CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, PASSWORD, "Người " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    @Test
    void aCitizenPaysTheFeeOnlineAndTheOfficerSeesItPaidWithItsReceipt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        UUID department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        CurrentUser citizen = person("tt-cd-" + run, Set.of(Role.APPLICANT), Set.of());
        CurrentUser desk = person("tt-tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        CurrentUser specialist = person("tt-cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        CurrentUser leader = person("tt-ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department));
        var water = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        DossierView d = dossiers.submit(
                new Submit(
                        water.id(),
                        Channel.ONLINE,
                        center,
                        new Applicant(
                                Applicant.ApplicantType.CITIZEN,
                                "Đặng Thị Mai",
                                Applicant.IdType.CCCD,
                                "040190007711",
                                null,
                                null,
                                "0912345678",
                                null,
                                "Phường Hồng Sơn"),
                        null,
                        DeliveryMethod.COUNTER,
                        null,
                        List.of(new DocumentInput(1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.UPLOADED))),
                List.of(),
                Actor.person(citizen),
                null);
        String id = d.id().toString();
        d = dossiers.handle(DossierRef.of(id), new DossierCommand.Receive(null), Actor.person(desk));
        String code = d.code();
        dossiers.handle(DossierRef.of(code), new DossierCommand.Forward(null, null, null), Actor.person(desk));
        dossiers.handle(DossierRef.of(code), new DossierCommand.Forward(null, null, null), Actor.person(specialist));
        dossiers.handle(DossierRef.of(code), new DossierCommand.Forward(null, null, null), Actor.person(leader));
        dossiers.handle(DossierRef.of(code), new DossierCommand.Approve(null, null), Actor.person(leader));
        dossiers.handle(
                DossierRef.of(code), new DossierCommand.RequestPayment(Vnd.of(150_000), null), Actor.person(leader));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> payments.fees(code, leader).owedVnd() == 150_000);

        // The citizen, on a phone: from the dossier to the fees, to VNPay and back.
        Page phone = open(Screen.PHONE);
        signIn(phone, citizen.username(), PASSWORD);
        phone.navigate("/ho-so-cua-toi/" + code);
        phone.locator("#fees-link").click();
        assertThat(phone.locator("#owed")).containsText("150.000");
        seenOnPhone(phone, "payments-citizen-phone");
        phone.locator("#pay-online").click();
        assertThat(phone).hasURL(Pattern.compile(".*/demo/vnpay/paymentv2/vpcpay\\.html\\?.*vnp_SecureHash=.*"));
        assertThat(phone.locator("#amount")).containsText("150.000");
        seenOnPhone(phone, "payments-fake-vnpay-phone");
        phone.locator("#pay").click();
        assertThat(phone).hasURL(Pattern.compile(".*/thanh-toan/vnpay/ket-qua\\?.*"));
        assertThat(phone.locator("#return-paid")).isVisible();
        seenOnPhone(phone, "payments-returned-phone");
        phone.locator("#back-to-dossier").click();
        assertThat(phone.locator("#paid-state")).isVisible();
        assertThat(phone.locator("#payments-table .receipt-link")).hasCount(1);

        // The obligation is confirmed through the dossier's door by the payments system.
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> dossiers.get(code, leader).status() == DossierStatus.APPROVED);

        // The officer sees it paid, with the numbered receipt.
        Page office = open(Screen.DESKTOP);
        signIn(office, desk.username(), PASSWORD);
        office.navigate("/can-bo/ho-so/" + code);
        office.locator("#fees-link").click();
        assertThat(office.locator("#paid-state")).hasText("Đã nộp đủ");
        assertThat(office.locator("#payments-table tr[data-status=PAID] .receipt-link"))
                .hasText(Pattern.compile("BL\\d{4} – \\d{7}"));
        assertThat(office.locator("#ledger li[data-kind=PAID]")).hasCount(1);
        seen(office, "payments-officer");
        byte[] pdf = fetched(office, office.locator("#payments-table .receipt-link"));
        org.assertj.core.api.Assertions.assertThat(startOf(pdf)).isEqualTo("%PDF");
    }
}
