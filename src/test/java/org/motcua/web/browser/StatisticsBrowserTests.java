package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the center's manager reads: the statistics page with its table, charts and downloads, the late
 * dossiers behind a figure; and what anyone reads: the public figures.
 */
class StatisticsBrowserTests extends BrowserTestSupport {

    @Test
    void theManagerReadsTheYearsFiguresAndTheLateDossiersBehindThem() {
        Page page = open(Screen.DESKTOP);
        signIn(page, "giamdoc");
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thống kê"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thống kê, báo cáo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Năm nay"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/can-bo/thong-ke\\?from=\\d{4}-01-01&to=.*"));
        // The demo's dossiers are counted: a row per agency and the total.
        assertThat(page.locator("#figures tbody tr").first()).isVisible();
        assertThat(page.locator("#figures-total")).containsText("Tổng cộng");
        // The charts are drawn (ECharts draws on a canvas: no inline style for the CSP to refuse).
        assertThat(page.locator("#chart-weekly canvas")).isVisible();
        assertThat(page.locator("#chart-channels canvas")).isVisible();
        // The enterprise and investment figures: one row per figure, named.
        assertThat(page.locator("#result-figures tbody tr")).hasCount(4);
        assertThat(page.locator("#result-ENTERPRISE_REGISTERED th")).hasText("Doanh nghiệp thành lập mới");
        // Behind the total of received dossiers, the dossiers themselves.
        String received = page.locator("#figures-total td").nth(1).innerText();
        page.locator("#figures-total td").nth(1).getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#dossiers-summary")).containsText(received + " hồ sơ");
        assertThat(page.locator("#figure-dossiers tbody tr").first()).isVisible();
        seen(page, "statistics-dossiers");
        page.goBack();
        page.locator("#result-figures").scrollIntoViewIfNeeded();
        seen(page, "statistics-results");
        page.evaluate("window.scrollTo(0, 0)");
        seen(page, "statistics-year");

        byte[] xlsx = fetched(page, page.locator("#download-xlsx"));
        org.assertj.core.api.Assertions.assertThat(startOf(xlsx)).startsWith("PK");
        byte[] pdf = fetched(page, page.locator("#download-pdf"));
        org.assertj.core.api.Assertions.assertThat(startOf(pdf)).isEqualTo("%PDF");
        // The center's tracking book of the same period.
        byte[] book = fetched(page, page.locator("#tracking-books a").first());
        org.assertj.core.api.Assertions.assertThat(startOf(book)).isEqualTo("%PDF");

        page.locator("#review-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Rà soát thủ tục hành chính");
        assertThat(page.locator("#procedure-review tbody tr").first()).isVisible();
        seen(page, "statistics-review");
        page.goBack();

        page.locator("#headline-late").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hồ sơ trễ hạn");
        assertThat(page.locator("#late-dossiers tbody tr").first()).isVisible();
        seen(page, "statistics-late");
    }

    @Test
    void onAPhoneTheTableScrollsInsideItsBox() {
        Page page = open(Screen.PHONE);
        signIn(page, "giamdoc");
        page.navigate("/can-bo/thong-ke");
        assertThat(page.locator("#figures-total")).isVisible();
        seenOnPhone(page, "statistics-phone");
    }

    @Test
    void anyoneReadsThePublicFiguresAndTheirOpenData() {
        Page page = open(Screen.DESKTOP);
        page.navigate("/thong-ke");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Số liệu giải quyết thủ tục hành chính");
        assertThat(page.locator("#public-agencies tbody tr").first()).isVisible();
        assertThat(page.locator("#public-months tbody tr")).hasCount(12);
        assertThat(page.locator("main p.text-muted").first()).containsText("năm 20"); // a year, not "2.026"
        seen(page, "public-statistics");
        byte[] csv = fetched(page, page.locator("#open-data-csv"));
        org.assertj.core.api.Assertions.assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("year,month,agency_code,agency_name,received");
    }
}
