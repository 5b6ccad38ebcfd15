package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CounterDraft;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rating the service once the result is returned: at the tablet of the counter where the officer handed
 * it over, and through the signed link of the "result returned" e-mail, without signing in. The returned
 * dossiers are a citizen's online application for a certification of the demo commune, handed over "4 tại
 * chỗ" through the API (the pages of that flow have browser tests of their own).
 */
class SatisfactionBrowserTests extends BrowserTestSupport {

    private static final String PASSWORD = "mật-khẩu";
    private static final String CERTIFICATION = "2.000815.000.00.50.H41";

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        CurrentUser user = users.create(username, PASSWORD, "Cán bộ " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    /** A citizen's online application handed over in one sitting by {@code officer}; the dossier id. */
    private String returnedBy(CurrentUser officer, String citizen) {
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        UUID center = catalog.agencyByCode("000.01.50.H41").orElseThrow().id();
        var procedure = catalog.procedureByCode(CERTIFICATION).orElseThrow();
        person(citizen, Set.of(Role.APPLICANT), Set.of());
        APIRequestContext applicant = api(citizen, PASSWORD);
        APIResponse created = applicant.post(
                "/api/v1/dossiers",
                RequestOptions.create()
                        .setHeader("Content-Type", "application/json")
                        .setData("""
                                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                                 "applicant":{"type":"CITIZEN","name":"Lê Thị Mai","idType":"CCCD",
                                              "idNumber":"040190003001","email":"mai@example.vn"},
                                 "deliveryMethod":"COUNTER",
                                 "documents":[{"requiredOrder":1,"form":"ORIGINAL"},
                                              {"requiredOrder":2,"form":"COPY","quantity":3}]}
                                """.formatted(procedure.id(), center)));
        org.assertj.core.api.Assertions.assertThat(created.status())
                .as(created.text())
                .isEqualTo(201);
        String id = JsonParser.parseString(created.text())
                .getAsJsonObject()
                .get("id")
                .getAsString();
        APIResponse done = api(officer.username(), PASSWORD)
                .post(
                        "/api/v1/dossiers/" + id + "/four-on-site",
                        RequestOptions.create()
                                .setData(Map.of("recipientName", "Lê Thị Mai", "idNumber", "040190003001")));
        org.assertj.core.api.Assertions.assertThat(done.status())
                .as(done.text())
                .isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(commune).isNotNull();
        return id;
    }

    @Test
    void theApplicantRatesAtTheTabletOfTheCounterWhereTheResultWasHandedOver() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        UUID center = catalog.agencyByCode("000.01.50.H41").orElseThrow().id();
        CurrentUser officer = person("qt-" + run, Set.of(Role.RECEPTION_OFFICER, Role.AGENCY_LEADER), Set.of(commune));
        catalogAdministration.saveCounter(
                center,
                null,
                new CounterDraft(
                        900 + Math.abs(run.hashCode() % 90),
                        "Quầy đánh giá",
                        Set.of(commune),
                        Set.of(),
                        Set.of(officer.id())));

        // The officer finds the address of the counter's tablet.
        Page desk = open(Screen.DESKTOP);
        signIn(desk, officer.username(), PASSWORD);
        desk.navigate("/can-bo/danh-gia/may-tinh-bang");
        seen(desk, "tablet-address");
        String tabletPath = desk.locator("#tablet-link").getAttribute("href");

        // The tablet waits, then shows the dossier the officer has just returned (it asks again every 10 s).
        Page tablet = open(Screen.PHONE);
        tablet.navigate(tabletPath);
        assertThat(tablet.locator("#counter-waiting")).isVisible();
        seenOnPhone(tablet, "tablet-waiting");
        returnedBy(officer, "cd-" + run);
        assertThat(tablet.locator("#served-by"))
                .hasText(
                        officer.displayName(),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        seenOnPhone(tablet, "tablet-dossier");

        // Not satisfied without a reason: the reason is asked for next to its field.
        tablet.getByLabel("Không hài lòng").check();
        tablet.locator("#rating-form button[type=submit]").click();
        assertThat(tablet.locator("#reason-error")).containsText("lý do");
        seenOnPhone(tablet, "tablet-reason-required");
        tablet.getByLabel("Lý do chưa hài lòng").fill("Phải chờ lâu ở quầy");
        tablet.getByLabel("Thái độ phục vụ của cán bộ").selectOption("SATISFIED");
        tablet.locator("#rating-form button[type=submit]").click();
        assertThat(tablet.locator("#rating-thanks")).containsText("Cảm ơn");
        seenOnPhone(tablet, "tablet-thanks");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select r.grade || '/' || r.source || '/' || r.officer_id from satisfaction.rating r"
                                        + " join satisfaction.rateable d using (dossier_id) where d.officer_id = ?")
                                .param(officer.id())
                                .query(String.class)
                                .single())
                .isEqualTo("NOT_SATISFIED/COUNTER/" + officer.id());

        // The evaluation page counts the rating for the officer (the statistics keep it from the event).
        desk.navigate("/can-bo/danh-gia");
        for (int i = 0; i < 40 && !desk.locator("#evaluation-table").innerText().contains(officer.displayName()); i++) {
            desk.waitForTimeout(500);
            desk.reload();
        }
        com.microsoft.playwright.Locator row =
                desk.locator("#evaluation-table tr", new Page.LocatorOptions().setHasText(officer.displayName()));
        assertThat(row.locator(".satisfaction-rate")).hasText("0,0%");
        seen(desk, "evaluation");
        com.microsoft.playwright.Download workbook =
                desk.waitForDownload(() -> desk.locator("#evaluation-xlsx").click());
        org.assertj.core.api.Assertions.assertThat(workbook.suggestedFilename()).endsWith(".xlsx");
    }

    @Test
    void theApplicantRatesThroughTheLinkOfTheResultReturnedEmailWithoutSigningIn() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        CurrentUser officer = person("qu-" + run, Set.of(Role.RECEPTION_OFFICER, Role.AGENCY_LEADER), Set.of(commune));
        String id = returnedBy(officer, "ce-" + run);

        String body = null;
        long until = System.nanoTime() + 30_000_000_000L;
        while (body == null && System.nanoTime() < until) {
            body = jdbc.sql("select body from notification.message where dossier_id = ? and trigger = 'RETURNED'"
                            + " and channel = 'EMAIL'")
                    .param(UUID.fromString(id))
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (body == null) {
                Thread.sleep(100);
            }
        }
        org.assertj.core.api.Assertions.assertThat(body)
                .as("the result-returned e-mail")
                .isNotNull();
        Matcher link = Pattern.compile("https://motcua\\.test(/danh-gia/[A-Za-z0-9_.-]+)")
                .matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(body).isTrue();

        Page phone = open(Screen.PHONE);
        phone.navigate(link.group(1));
        assertThat(phone.locator("#rated-dossier")).isVisible();
        seenOnPhone(phone, "link-rating");
        phone.getByLabel("Rất hài lòng").check();
        phone.locator("#rating-form button[type=submit]").click();
        assertThat(phone.locator("#rating-thanks")).containsText("có thể sửa đánh giá");
        seenOnPhone(phone, "link-thanks");

        // A forged link rates nothing.
        String forged = link.group(1).substring(0, link.group(1).length() - 2) + "xx";
        phone.navigate(forged);
        assertThat(phone.locator("#error")).containsText("Đường dẫn đánh giá không hợp lệ");
        assertThat(phone.locator("#rating-form")).hasCount(0);
    }
}
