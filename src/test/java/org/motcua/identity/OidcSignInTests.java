package org.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;

/** A citizen identity provider is switched on by configuration alone. */
@SpringBootTest(
        properties = {
            "spring.security.oauth2.client.registration.vneid.client-id=motcua",
            "spring.security.oauth2.client.registration.vneid.client-secret=s3cret",
            "spring.security.oauth2.client.registration.vneid.client-name=VNeID",
            "spring.security.oauth2.client.registration.vneid.scope=openid,profile",
            "spring.security.oauth2.client.registration.vneid.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.vneid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.vneid.authorization-uri=https://id.example.test/authorize",
            "spring.security.oauth2.client.provider.vneid.token-uri=https://id.example.test/token",
            "spring.security.oauth2.client.provider.vneid.jwk-set-uri=https://id.example.test/jwks",
            "spring.security.oauth2.client.provider.vneid.user-info-uri=https://id.example.test/userinfo",
            "spring.security.oauth2.client.provider.vneid.user-name-attribute=sub"
        })
@AutoConfigureMockMvc
class OidcSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OidcAccounts oidcAccounts;

    @Test
    void loginPageOffersTheConfiguredProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập bằng VNeID")));
    }

    @Test
    void startsTheAuthorizationCodeFlowAtTheProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/vneid"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://id.example.test/authorize?")))
                .andExpect(header().string("Location", containsString("client_id=motcua")));
    }

    @Test
    void firstSignInCreatesAnApplicantAccountAndLaterOnesReuseIt() {
        OidcIdToken idToken = new OidcIdToken(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("iss", "https://id.example.test", "sub", "079200001234", "name", "Võ Văn Bình"));
        var first = oidcAccounts.withAccount(new DefaultOidcUser(java.util.List.of(), idToken));
        var second = oidcAccounts.withAccount(new DefaultOidcUser(java.util.List.of(), idToken));

        CurrentUser user = ((SignedIn) first).currentUser();
        assertThat(user.roles()).containsExactly(Role.APPLICANT);
        assertThat(user.displayName()).isEqualTo("Võ Văn Bình");
        assertThat(((SignedIn) second).currentUser().id()).isEqualTo(user.id());
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_APPLICANT");
    }
}
