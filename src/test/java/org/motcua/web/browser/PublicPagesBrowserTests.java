package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What anyone sees without signing in: the home page, the procedure catalog, a procedure. */
class PublicPagesBrowserTests extends BrowserTestSupport {

    @Test
    void aCitizenFindsAProcedureFromTheHomePageWithoutDiacritics() {
        Page page = open(Screen.DESKTOP);
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        seen(page, "home");

        page.getByRole(AriaRole.SEARCHBOX).fill("ly lich tu phap");
        page.getByRole(AriaRole.SEARCH)
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tìm kiếm"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/thu-tuc\\?q=ly\\+lich\\+tu\\+phap.*"));
        seen(page, "catalog-search");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Cấp Phiếu lý lịch tư pháp")
                                .setExact(false))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("lý lịch tư pháp");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Giấy tờ cần nộp")))
                .isVisible();
        seen(page, "procedure");
    }

    /** Swagger UI is the one page the project does not write: it must work under the same policy. */
    @Test
    void theApiDocumentationWorksUnderTheContentSecurityPolicy() {
        Page page = open(Screen.DESKTOP);
        page.navigate("/swagger-ui.html");
        // The first request of /v3/api-docs builds the document: seconds on a busy machine.
        assertThat(page.locator(".swagger-ui .info .title"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));
        assertThat(page.locator(".opblock").first()).isVisible();
        screenshot(page, "api-documentation");
    }

    @Test
    void theProcedurePageReadsOnAPhone() {
        Page page = open(Screen.PHONE);
        page.navigate("/thu-tuc?q=giay+phep+khoan+nuoc");
        seen(page, "catalog-search-phone");
        page.locator("main h2 a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
        seen(page, "procedure-phone");
        // Nothing wider than the phone: no sideways scrolling.
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }
}
