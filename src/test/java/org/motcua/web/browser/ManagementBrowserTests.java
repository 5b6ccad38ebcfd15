package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the center's manager and the administrator open: the center overview with a drill-down into the
 * worklist, the accounts and the counters.
 */
class ManagementBrowserTests extends BrowserTestSupport {

    @Test
    void theCenterManagerOpensTheOverviewAndDrillsIntoAFigure() {
        Page page = open(Screen.DESKTOP);
        signIn(page, "giamdoc");
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tổng quan"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tổng quan trung tâm");
        // The demo dossiers include some overdue or due soon: the table lists their agencies.
        assertThat(page.locator("#agencies-at-risk tbody tr[data-agency]").first())
                .isVisible();
        seen(page, "center-overview");

        String overdue = page.locator("#figure-overdue strong").innerText().trim();
        page.locator("#figure-overdue").click();
        assertThat(page).hasURL(Pattern.compile(".*/can-bo/ho-so\\?view=center&due=overdue$"));
        assertThat(page.locator("main")).containsText("Quá hạn");
        // Every dossier the figure counts is in the list behind it (one code link per dossier row). How
        // many demo dossiers are overdue depends on the hour the demo was generated: it may be none.
        int counted = Integer.parseInt(overdue.replace(".", ""));
        assertThat(page.locator("main tbody a.code")).hasCount(counted);
        if (counted == 0) {
            assertThat(page.locator("main tbody")).containsText("Không có hồ sơ");
        }
        seen(page, "center-overview-overdue");
    }

    @Test
    void theAdministratorOpensTheAccountsAndTheCounters() {
        Page page = open(Screen.DESKTOP);
        signIn(page, "admin");
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Quản trị"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Quản trị người dùng");
        assertThat(page.locator("main table")).containsText("tiepnhan");
        seen(page, "admin-users");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Thị Lan"))
                .click();
        assertThat(page.locator("main")).containsText("tiepnhan");
        seen(page, "admin-user");

        page.navigate("/quan-tri/quay");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Quầy tiếp nhận và trả kết quả");
        seen(page, "admin-counters");
    }
}
