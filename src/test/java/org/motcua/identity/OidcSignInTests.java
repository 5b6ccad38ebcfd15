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

/**
 * A citizen identity provider is switched on by configuration alone; the national SSO's claims (VNeID) link
 * the account to the ID number; officers here must sign in with VNeID (the setting is on).
 */
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
            "spring.security.oauth2.client.provider.vneid.user-name-attribute=sub",
            "motcua.security.officers-require-vneid=true"
        })
@AutoConfigureMockMvc
class OidcSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    VerifiedIdentities identities;

    @Autowired
    Users users;

    /** A token as the national portal's SSO issues it after a VNeID sign-in (its Vietnamese claim set). */
    static DefaultOidcUser vneid(String issuer, String subject, String idNumber, String name) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("TechID", subject);
        claims.put("LoaiTaiKhoan", "1");
        claims.put("HoVaTen", name);
        claims.put("SoDinhDanh", idNumber);
        claims.put("NgayThangNamSinh", "19900519");
        claims.put("loginIdp", "BCA");
        claims.put("loAs", "LoA2");
        OidcIdToken idToken =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(java.util.List.of(), idToken);
    }

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

    @Test
    void aVneidSignInRecordsTheIdNumberNameBirthDateAndAssuranceLevelOnTheAccount() {
        String idNumber = "0401"
                + String.format("%08d", Math.abs(java.util.UUID.randomUUID().hashCode()) % 100_000_000);
        var signedIn = oidcAccounts.withAccount(
                vneid("https://xacthuc.example.test", "TECH-" + idNumber, idNumber, "Nguyễn Thị Minh Khai"));
        CurrentUser user = ((SignedIn) signedIn).currentUser();
        assertThat(user.displayName()).isEqualTo("Nguyễn Thị Minh Khai");
        VerifiedIdentity identity = identities.of(user.id()).orElseThrow();
        assertThat(identity.idNumber()).isEqualTo(idNumber);
        assertThat(identity.dateOfBirth()).isEqualTo(java.time.LocalDate.of(1990, 5, 19));
        assertThat(identity.assuranceLevel()).isEqualTo("LoA2");
        assertThat(identity.loginIdp()).isEqualTo("BCA");
        assertThat(identity.verified()).isTrue();

        // The same person through another provider (VNeID's own SSO, another subject id): the same account.
        var again = oidcAccounts.withAccount(
                vneid("https://sso.example.test", "other-subject-" + idNumber, idNumber, "Nguyễn Thị Minh Khai"));
        assertThat(((SignedIn) again).currentUser().id()).isEqualTo(user.id());
    }

    @Test
    void anOfficerWhoseIdNumberWasRecordedSignsInWithVneidAsTheOfficer() {
        String idNumber = "0402"
                + String.format("%08d", Math.abs(java.util.UUID.randomUUID().hashCode()) % 100_000_000);
        var officer = users.create(
                "cb-" + idNumber, "mật-khẩu", "Cán bộ " + idNumber, java.util.Set.of(Role.RECEPTION_OFFICER));
        identities.link(officer.id(), idNumber);
        var signedIn =
                oidcAccounts.withAccount(vneid("https://xacthuc.example.test", "TECH-" + idNumber, idNumber, "Cán bộ"));
        assertThat(((SignedIn) signedIn).currentUser().id()).isEqualTo(officer.id());
        assertThat(((SignedIn) signedIn).currentUser().roles()).containsExactly(Role.RECEPTION_OFFICER);
        assertThat(identities.of(officer.id()).orElseThrow().verified()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identities.link(officer.id(), "12ab"))
                .isInstanceOf(org.motcua.shared.DomainException.class);
    }

    @Test
    void whereOfficersMustUseVneidTheirPasswordIsRefusedAndACitizensIsNot() throws Exception {
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        users.create("cb-" + run, "mật-khẩu", "Cán bộ", java.util.Set.of(Role.RECEPTION_OFFICER));
        users.create("cd-" + run, "mật-khẩu", "Công dân", java.util.Set.of(Role.APPLICANT));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", "cb-" + run)
                                .param("password", "mật-khẩu"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?vneid"));
        mvc.perform(get("/login?vneid"))
                .andExpect(content().string(containsString("Cán bộ phải đăng nhập bằng VNeID")));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", "cd-" + run)
                                .param("password", "mật-khẩu"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
    }

    @Test
    void anAdministratorLinksAnOfficersIdNumberThroughTheApi() throws Exception {
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        var officer = users.create("cb2-" + run, "mật-khẩu", "Cán bộ", java.util.Set.of(Role.SPECIALIST));
        users.create("qt-" + run, "mật-khẩu", "Quản trị", java.util.Set.of(Role.ADMIN));
        String body = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"qt-" + run + "\",\"password\":\"mật-khẩu\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.access_token");
        String idNumber = "0403" + String.format("%08d", Math.abs(run.hashCode()) % 100_000_000);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/admin/users/" + officer.id() + "/id-number")
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.idNumber")
                        .value(idNumber));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/admin/users/" + officer.id() + "/id-number")
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"12-34\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                                .value("idNumber"));
        var signedIn = oidcAccounts.withAccount(vneid("https://xacthuc.example.test", "T-" + run, idNumber, "Cán bộ"));
        assertThat(((SignedIn) signedIn).currentUser().id()).isEqualTo(officer.id());
    }
}
