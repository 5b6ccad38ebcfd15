package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.motcua.identity.RecordingVerificationCodeSender;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application really running (embedded PostgreSQL, demo accounts and catalog) and one headless
 * Chromium per test class; every flow opens its own browser context, so cookies and sessions never leak
 * between flows. Call {@link #seen(Page, String)} on every page a flow reaches: it runs axe-core and saves
 * a screenshot under {@code target/screenshots/<class>/}.
 *
 * <p>To add flows for a new page: extend this class, log in with {@link #signIn(Page, String)} (demo
 * accounts, password {@value #DEMO_PASSWORD}) or a user made through the {@code Users} facade, drive the
 * page with Playwright locators by label and role, and call {@code seen} after each navigation.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // sessions in the database, as in production: whatever a page keeps in the session must serialise
        properties = {"motcua.demo=true", "spring.autoconfigure.exclude="})
@Import(BrowserTestSupport.Codes.class)
abstract class BrowserTestSupport {

    /**
     * Verification codes kept instead of logged, so a flow can type the code a citizen receives. Declared
     * here, on every browser test class alike, so all of them share one application context.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Codes {
        @Bean
        RecordingVerificationCodeSender recordingSender() {
            return new RecordingVerificationCodeSender();
        }
    }

    static final String DEMO_PASSWORD = "demo";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
    // What Chromium refused under the Content-Security-Policy: a page that needs it is broken.
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();
    private final List<APIRequestContext> apis = new ArrayList<>();

    /** A desktop screen and a common phone's (CSS pixels). */
    enum Screen {
        DESKTOP(1280, 900),
        PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Chromium.enabled(), "browser tests switched off with -D" + Chromium.SWITCH + "=false");
        playwright = Playwright.create(Chromium.playwrightOptions());
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
            playwright = null;
        }
    }

    @AfterEach
    void closeContexts() {
        try {
            org.assertj.core.api.Assertions.assertThat(policyViolations)
                    .as("Content-Security-Policy violations")
                    .isEmpty();
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            apis.forEach(APIRequestContext::dispose);
            apis.clear();
            policyViolations.clear();
        }
    }

    /**
     * The HTTP API of the running application, signed in with a bearer token: for steps that have no
     * page yet (say which in the test).
     */
    APIRequestContext api(String username, String password) {
        APIRequestContext anonymous =
                playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(baseUrl()));
        apis.add(anonymous);
        APIResponse response = anonymous.post(
                "/api/v1/auth/token",
                RequestOptions.create().setData(Map.of("username", username, "password", password)));
        if (!response.ok()) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.text());
        }
        String token = JsonParser.parseString(response.text())
                .getAsJsonObject()
                .get("access_token")
                .getAsString();
        APIRequestContext api = playwright
                .request()
                .newContext(new APIRequest.NewContextOptions()
                        .setBaseURL(baseUrl())
                        .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token)));
        apis.add(api);
        return api;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh browser context (no cookies) on the running application, in Vietnamese. */
    Page open(Screen screen) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setAcceptDownloads(true)
                .setViewportSize(screen.width, screen.height);
        if (screen == Screen.PHONE) {
            options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(
                        (message.page() == null ? "" : message.page().url()) + ": " + message.text());
            }
        });
        contexts.add(context);
        return context.newPage();
    }

    /** Signs in through the login page, as a person would. */
    void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }

    void signIn(Page page, String demoUsername) {
        signIn(page, demoUsername, DEMO_PASSWORD);
    }

    /** Checks the page's accessibility and keeps a screenshot of what the person sees. */
    void seen(Page page, String name) {
        screenshot(page, name);
        Accessibility.check(page, name);
    }

    /** {@link #seen} on a phone, and nothing wider than the phone: no sideways scrolling. */
    void seenOnPhone(Page page, String name) {
        seen(page, name);
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow)
                .as("sideways scrolling on '%s' (%s)", name, page.url())
                .isEqualTo(false);
    }

    /**
     * What a link serves to the person signed in on this page (same cookies): for links that open a PDF in
     * a new tab to be printed, where there is no download to wait for.
     */
    byte[] fetched(Page page, Locator link) {
        APIResponse response = page.context().request().get(baseUrl() + link.getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(response.status())
                .as(link.getAttribute("href"))
                .isEqualTo(200);
        return response.body();
    }

    Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", getClass().getSimpleName(), name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /**
     * The Department's specialist and leader take a dossier the desk has forwarded to "Đã có kết quả" on
     * their pages: the specialist finds it in the agency's worklist and forwards it, the leader forwards,
     * approves and resolves it. Screenshots are named with {@code shot} in front.
     */
    void resolvedByTheDepartment(String code, String decision, String shot) {
        Page specialist = open(Screen.DESKTOP);
        signIn(specialist, "chuyenvien");
        specialist.navigate("/can-bo/ho-so?view=agency&q=" + code);
        seen(specialist, shot + "worklist");
        specialist
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code))
                .click();
        seen(specialist, shot + "dossier-specialist");
        act(specialist, "Chuyển xử lý");

        Page leader = open(Screen.DESKTOP);
        signIn(leader, "lanhdao");
        leader.navigate("/can-bo/ho-so/" + code);
        act(leader, "Chuyển xử lý");
        act(leader, "Phê duyệt");
        Locator resolve = actionForm(leader, "Đã có kết quả");
        resolve.getByLabel("Nội dung kết quả giải quyết").fill(decision);
        resolve.getByRole(AriaRole.BUTTON).click();
        assertThat(leader.locator("main")).containsText("Đã có kết quả");
        seen(leader, shot + "dossier-resolved");
    }

    /** The form of one offered action on the officer's dossier page, found by its button. */
    static Locator actionForm(Page page, String button) {
        return page.locator("form")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName(button).setExact(true))));
    }

    /** Presses an action that needs nothing typed and waits for the page to confirm it. */
    static void act(Page page, String button) {
        actionForm(page, button).getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(button);
    }

    /** A small, valid one-page PDF, as a scanner would produce. */
    static byte[] scannedPdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    static String startOf(byte[] bytes) {
        return new String(Arrays.copyOf(bytes, 4), StandardCharsets.US_ASCII);
    }
}
