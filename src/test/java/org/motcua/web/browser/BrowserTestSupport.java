package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "motcua.demo=true")
abstract class BrowserTestSupport {

    static final String DEMO_PASSWORD = "demo";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
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
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        apis.forEach(APIRequestContext::dispose);
        apis.clear();
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

    Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", getClass().getSimpleName(), name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }
}
