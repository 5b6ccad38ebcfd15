package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Đăng nhập bằng VNeID" against the demo's fake VNeID, a real OpenID Connect provider inside the running
 * application (authorization code, RS256 ID token with the portal SSO's Vietnamese claims, checked against
 * its JWKS): the citizen signs in with no account beforehand and finds name, ID number and date of birth
 * filled in and locked on the online application.
 */
class VneidSignInBrowserTests extends BrowserTestSupport {

    @Autowired
    Catalog catalog;

    @Test
    void aCitizenSignsInWithVneidAndFindsTheirIdentityFilledInOnTheApplication() {
        Page page = open(Screen.PHONE);
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập bằng VNeID"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/demo/vneid/authorize.*"));
        assertThat(page.locator("#vneid-people")).containsText("Nguyễn Thị Minh Khai");
        seenOnPhone(page, "vneid-provider-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập là người này"))
                .first()
                .click();

        assertThat(page.locator(".account-name")).hasText("Nguyễn Thị Minh Khai");

        var procedure = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        page.navigate("/nop-ho-so/" + procedure.id());
        assertThat(page.locator("#vneid-verified")).containsText("LoA2");
        assertThat(page.locator("#name")).hasValue("Nguyễn Thị Minh Khai");
        assertThat(page.locator("#idNumber")).hasValue("040190012345");
        assertThat(page.locator("#dateOfBirth")).hasValue("1990-05-19");
        assertThat(page.locator("#idNumber")).not().isEditable();
        assertThat(page.locator("#name")).not().isEditable();
        seenOnPhone(page, "vneid-prefilled-application-phone");
    }
}
