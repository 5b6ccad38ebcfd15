package org.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(
        properties = {
            "motcua.security.max-failed-logins=3",
            "motcua.security.lockout-duration=10m",
            "motcua.security.address-failed-logins=20"
        })
@AutoConfigureMockMvc
class AuthenticationControllerTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    String username;
    // Each test signs in from an address of its own: wrong passwords are also counted per address.
    String address;

    @BeforeEach
    void officer() {
        username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "đúng-mật-khẩu", "Nguyễn Thị Lan", Set.of(Role.RECEPTION_OFFICER));
        address = randomAddress();
    }

    static String randomAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    ResultActions token(String user, String password) throws Exception {
        return token(user, password, address);
    }

    ResultActions token(String user, String password, String from) throws Exception {
        return mvc.perform(post("/api/v1/auth/token")
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
    }

    ResultActions pageLogin(String user, String password) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", user)
                .param("password", password));
    }

    CurrentUser administrator() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(admin, "quản-trị", "Quản trị", Set.of(Role.ADMIN));
    }

    String tokenFor(String user, String password) throws Exception {
        String body = token(user, password)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    @Test
    void issuesABearerTokenThatAuthenticatesApiCalls() throws Exception {
        token(username, "đúng-mật-khẩu")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(28800))
                .andExpect(jsonPath("$.access_token").isString());
        String token = tokenFor(username, "đúng-mật-khẩu");
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("RECEPTION_OFFICER"));
    }

    @Test
    void wrongPasswordIsA401ProblemInVietnamese() throws Exception {
        token(username, "sai")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.invalid_credentials"))
                .andExpect(jsonPath("$.title").value("Sai thông tin đăng nhập"));
    }

    @Test
    void unknownUserLooksLikeAWrongPassword() throws Exception {
        token("nobody-here", "x")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
    }

    @Test
    void apiWithoutTokenIs401AndWithGarbageTokenToo() throws Exception {
        mvc.perform(get("/api/v1/auth/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.invalid_token"));
    }

    @Test
    void repeatedWrongPasswordsMakeTheNameWaitLongerEachTimeButLockNothing() throws Exception {
        for (int i = 0; i < 4; i++) { // three free, the fourth earns a wait of one second
            token(username, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
        }
        token(username, "đúng-mật-khẩu") // refused without looking at the password
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("auth.too_many_attempts"))
                .andExpect(jsonPath("$.title").value("Thử quá nhiều lần"));

        clock.advance(Duration.ofSeconds(1));
        token(username, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials")); // waits 2 s
        clock.advance(Duration.ofSeconds(1));
        token(username, "đúng-mật-khẩu").andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofSeconds(1));
        tokenFor(username, "đúng-mật-khẩu"); // the wait is over: signed in, the count forgotten
        for (int i = 0; i < 3; i++) {
            token(username, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
        }
        tokenFor(username, "đúng-mật-khẩu");
    }

    @Test
    void theWaitDoublesUpToTheLongest() {
        SignInThrottle throttle = new SignInThrottle(
                null,
                new IdentitySettings(3, Duration.ofMinutes(10), null, null, 0, null, null, 20, Duration.ofSeconds(1)),
                clock);
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(8)).isEqualTo(Duration.ofSeconds(128));
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.delay(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void unknownNamesAreThrottledAlikeSoTheAnswersTellNothing() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            token(nobody, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
            token(username, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
        }
        token(nobody, "sai").andExpect(status().isTooManyRequests());
        token(username, "sai").andExpect(status().isTooManyRequests());
    }

    @Test
    void aLockedAccountAnswersAsAnUnknownNameUntilItsPasswordIsRight() throws Exception {
        CurrentUser officer = users.findByUsername(username).orElseThrow();
        users.lock(administrator(), officer.id());
        token(username, "sai").andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
        token(username, "đúng-mật-khẩu")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.account_locked"));
    }

    @Test
    void wrongPasswordsFromOneAddressSlowThatAddressDownAndNobodyElse() throws Exception {
        for (int i = 0; i < 21; i++) { // twenty free per address, each name only once
            token("guess-" + i + "-" + username, "sai")
                    .andExpect(jsonPath("$.code").value("auth.invalid_credentials"));
        }
        token(username, "đúng-mật-khẩu").andExpect(status().isTooManyRequests());
        token(username, "đúng-mật-khẩu", randomAddress()).andExpect(status().isOk());
    }

    ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token));
    }

    @Test
    void anAdministratorsUnlockEndsTheWait() throws Exception {
        for (int i = 0; i < 6; i++) {
            token(username, "sai");
        }
        token(username, "đúng-mật-khẩu").andExpect(status().isTooManyRequests());
        users.unlock(
                administrator(), users.findByUsername(username).orElseThrow().id());
        tokenFor(username, "đúng-mật-khẩu");
    }

    @Test
    void aThrottledNameKeepsItsTokens() throws Exception {
        String token = tokenFor(username, "đúng-mật-khẩu");
        for (int i = 0; i < 6; i++) {
            token(username, "sai");
        }
        token(username, "đúng-mật-khẩu").andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofSeconds(11)); // past the remembered check: asked of the database again
        me(token).andExpect(status().isOk());
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        token(username, "sai");
        token(username, "sai");
        tokenFor(username, "đúng-mật-khẩu");
        token(username, "sai");
        token(username, "sai");
        tokenFor(username, "đúng-mật-khẩu");
    }

    @Test
    void tokensExpire() throws Exception {
        String token = tokenFor(username, "đúng-mật-khẩu");
        me(token).andExpect(status().isOk());
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.invalid_token"));
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        String token = tokenFor(username, "đúng-mật-khẩu");
        me(token).andExpect(status().isOk()); // its check is now remembered
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aValidTokensCheckIsRememberedForTenSeconds() throws Exception {
        String token = tokenFor(username, "đúng-mật-khẩu");
        me(token).andExpect(status().isOk());
        // Removed behind the application's back (as another node's revocation would be): still honoured
        // from memory until the remembered check runs out, then refused.
        jdbc.sql("delete from identity.api_token where token_hash = ?")
                .param(ApiTokens.hash(token))
                .update();
        clock.advance(Duration.ofSeconds(9));
        me(token).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(2));
        me(token)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.invalid_token"));
    }

    @Test
    void accountChangesReachTokensAlreadyCheckedAtOnce() throws Exception {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser administrator = users.create(admin, "quản-trị", "Quản trị", Set.of(Role.ADMIN));
        CurrentUser officer = users.findByUsername(username).orElseThrow();
        String token = tokenFor(username, "đúng-mật-khẩu");
        me(token).andExpect(status().isOk()).andExpect(jsonPath("$.agencyIds").isEmpty());

        UUID agency = UUID.randomUUID();
        users.assignAgencies(officer.id(), Set.of(agency));
        me(token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyIds[0]").value(agency.toString()));

        users.lock(administrator, officer.id());
        me(token).andExpect(status().isUnauthorized());
        users.unlock(administrator, officer.id());
        me(token).andExpect(status().isOk());

        users.resetPassword(administrator, officer.id(), null);
        me(token).andExpect(status().isUnauthorized());
    }

    @Test
    void pageLoginUsesASessionAndNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", "đúng-mật-khẩu"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "đúng-mật-khẩu"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "sai"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pageLoginAsksAThrottledNameToWait() throws Exception {
        for (int i = 0; i < 4; i++) {
            pageLogin(username, "sai").andExpect(redirectedUrl("/login?error"));
        }
        pageLogin(username, "đúng-mật-khẩu").andExpect(redirectedUrl("/login?wait"));
        clock.advance(Duration.ofSeconds(1));
        pageLogin(username, "đúng-mật-khẩu").andExpect(redirectedUrl("/"));
    }

    @Test
    void pageLoginTellsALockedUserSoOnlyWithTheRightPassword() throws Exception {
        users.lock(administrator(), users.findByUsername(username).orElseThrow().id());
        pageLogin(username, "sai").andExpect(redirectedUrl("/login?error"));
        pageLogin(username, "đúng-mật-khẩu").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        String officer = tokenFor(username, "đúng-mật-khẩu");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + officer))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(admin, "quản-trị", "Quản trị", Set.of(Role.ADMIN));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenFor(admin, "quản-trị")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> users.create(username.toUpperCase(), "x", "Ai đó", Set.of(Role.APPLICANT)))
                .hasMessage("identity.username_taken");
        assertThat(users.findByUsername(username.toUpperCase())).isPresent();
    }
}
