package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.identity.RecordingVerificationCodeSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** "Đăng ký": register, receive the code (captured through the sender port), verify, sign in. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPagesControllerTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Codes {
        @Bean
        RecordingVerificationCodeSender recordingSender() {
            return new RecordingVerificationCodeSender();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingVerificationCodeSender sent;

    static String uniqueEmail() {
        return "cd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    /** Codes sent are limited per client address: each registration here comes from its own. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor fromAnotherAddress() {
        String address = "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void oneAddressMaySendOnlyAFewCodesAMinute() throws Exception {
        // The limit counts per clock minute: start early in one, so that all eleven requests fall in it
        // even on a slow machine (they once straddled a minute and the eleventh was let through).
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 30_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/dang-ky/gui-lai-ma")
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr("192.0.2.7");
                                return request;
                            })
                            .param("contact", uniqueEmail()))
                    .andExpect(status().is(not(429)));
        }
        String email = uniqueEmail();
        mvc.perform(post("/dang-ky")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.7");
                            return request;
                        })
                        .param("displayName", "Võ Thị Mai")
                        .param("email", email)
                        .param("password", "Mật-khẩu-2026")
                        .param("passwordConfirmation", "Mật-khẩu-2026")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Quá nhiều yêu cầu")));
        org.assertj.core.api.Assertions.assertThat(sent.sentTo(email)).isEmpty();
    }

    ResultActions register(String email, String phone, String password, String confirmation) throws Exception {
        return mvc.perform(post("/dang-ky")
                .with(csrf())
                .with(fromAnotherAddress())
                .param("displayName", "Võ Thị Mai")
                .param("email", email)
                .param("phone", phone)
                .param("password", password)
                .param("passwordConfirmation", confirmation)
                .param("submissionKey", UUID.randomUUID().toString()));
    }

    ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .session(new MockHttpSession())
                .with(csrf())
                .param("username", username)
                .param("password", password));
    }

    @Test
    void theFormShowsThePasswordRulesAndIsLinkedFromTheLoginPage() throws Exception {
        mvc.perform(get("/dang-ky"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ít nhất 8 ký tự, có cả chữ và số.")))
                .andExpect(content().string(containsString("id=\"passwordConfirmation\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/dang-ky\"")));
    }

    /** Verified from another browser (no registration in this session): the login page, username filled. */
    @Test
    void registersVerifiesWithTheCodeAndSignsIn() throws Exception {
        String email = uniqueEmail();
        register(email, "", "matkhau123", "matkhau123")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dang-ky/xac-minh?lienHe=" + email.replace("@", "%40")));
        mvc.perform(get("/dang-ky/xac-minh").param("lienHe", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cd***@example.vn")))
                .andExpect(content().string(containsString("10 phút")));
        // not verified yet: cannot sign in
        signIn(email, "matkhau123").andExpect(redirectedUrl("/login?unverified"));

        String code = sent.lastCodeFor(email).orElseThrow();
        mvc.perform(post("/dang-ky/xac-minh")
                        .with(csrf())
                        .param("contact", email)
                        .param("code", code))
                .andExpect(redirectedUrl("/login?verified"))
                .andExpect(flash().attribute("verifiedUsername", email));
        signIn(email, "matkhau123").andExpect(redirectedUrl("/"));
    }

    @Test
    void verifiedInTheBrowserThatRegisteredThePersonIsSignedInAndGoesWhereTheyWereGoing() throws Exception {
        MockHttpSession browser = new MockHttpSession();
        // Asked to sign in on the way to their dossiers, they register instead.
        mvc.perform(get("/ho-so-cua-toi").session(browser)).andExpect(status().is3xxRedirection());
        String email = uniqueEmail();
        mvc.perform(post("/dang-ky")
                        .session(browser)
                        .with(csrf())
                        .with(fromAnotherAddress())
                        .param("displayName", "Võ Thị Mai")
                        .param("email", email)
                        .param("password", "matkhau123")
                        .param("passwordConfirmation", "matkhau123")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        String sessionBefore = browser.getId();

        String next = mvc.perform(post("/dang-ky/xac-minh")
                        .session(browser)
                        .with(csrf())
                        .param("contact", email)
                        .param("code", sent.lastCodeFor(email).orElseThrow()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(next).contains("/ho-so-cua-toi"); // with "?continue", as after a form login
        assertThat(browser.getId()).isNotEqualTo(sessionBefore); // a new session id, as at a form login
        mvc.perform(get("/ho-so-cua-toi").session(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Võ Thị Mai")));
    }

    @Test
    void aWrongCodeIsShownNextToTheFieldWithTheTriesLeft() throws Exception {
        String email = uniqueEmail();
        register(email, "", "matkhau123", "matkhau123").andExpect(status().is3xxRedirection());
        String code = sent.lastCodeFor(email).orElseThrow();
        mvc.perform(post("/dang-ky/xac-minh")
                        .with(csrf())
                        .param("contact", email)
                        .param("code", code.equals("000000") ? "111111" : "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác minh không đúng. Ông/Bà còn 4 lần thử.")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
    }

    @Test
    void aNewCodeCannotBeAskedForAtOnce() throws Exception {
        String email = uniqueEmail();
        register(email, "", "matkhau123", "matkhau123").andExpect(status().is3xxRedirection());
        mvc.perform(post("/dang-ky/gui-lai-ma")
                        .with(csrf())
                        .with(fromAnotherAddress())
                        .param("contact", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("giây nữa rồi gửi lại mã")));
    }

    @Test
    void mistakesAndATakenContactAreShownByTheirFieldsAndWhatWasTypedStays() throws Exception {
        String email = uniqueEmail();
        register(email, "", "matkhau123", "matkhau123");
        mvc.perform(post("/dang-ky/xac-minh")
                .with(csrf())
                .param("contact", email)
                .param("code", sent.lastCodeFor(email).orElseThrow()));

        register(email, "0912 34", "ngan", "khac")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mail này đã được dùng cho một tài khoản khác")))
                .andExpect(content().string(containsString("Số điện thoại không đúng")))
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự")))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu không giống nhau")))
                .andExpect(content().string(containsString("value=\"Võ Thị Mai\"")))
                .andExpect(content().string(containsString("value=\"0912 34\"")))
                // passwords are never sent back into the page
                .andExpect(content().string(not(containsString("value=\"ngan\""))));
    }

    @Test
    void formsWithoutCsrfAreRefused() throws Exception {
        mvc.perform(post("/dang-ky").param("displayName", "X")).andExpect(status().isForbidden());
        mvc.perform(post("/dang-ky/xac-minh").param("contact", "x@example.vn")).andExpect(status().isForbidden());
    }

    // ---- "Quên mật khẩu" --------------------------------------------------------------------------------

    private String verifiedAccount() throws Exception {
        String email = uniqueEmail();
        register(email, "", "matkhau123", "matkhau123");
        mvc.perform(post("/dang-ky/xac-minh")
                .with(csrf())
                .param("contact", email)
                .param("code", sent.lastCodeFor(email).orElseThrow()));
        return email;
    }

    @Test
    void aForgottenPasswordIsResetWithTheCodeSentAndTheOldOneStopsWorking() throws Exception {
        String email = verifiedAccount();
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/quen-mat-khau\"")));

        mvc.perform(post("/quen-mat-khau")
                        .with(csrf())
                        .with(fromAnotherAddress())
                        .param("contact", email))
                .andExpect(redirectedUrl("/quen-mat-khau/dat-lai?lienHe=" + email.replace("@", "%40")))
                .andExpect(flash().attribute("sent", true));
        String code = sent.lastCodeFor(email).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";

        reset(email, wrong, "moimatkhau9")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác minh không đúng. Ông/Bà còn 4 lần thử.")));
        reset(email, code, "ngan")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự")));
        reset(email, code, "moimatkhau9").andExpect(redirectedUrl("/login?reset"));

        signIn(email, "matkhau123").andExpect(redirectedUrl("/login?error"));
        signIn(email, "moimatkhau9").andExpect(redirectedUrl("/"));
        // a code works once
        reset(email, code, "khacnua123")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác minh đã hết hạn")));
    }

    @Test
    void askingForACodeAnswersTheSameForAnAccountThatDoesNotExist() throws Exception {
        String nobody = uniqueEmail();
        mvc.perform(post("/quen-mat-khau")
                        .with(csrf())
                        .with(fromAnotherAddress())
                        .param("contact", nobody))
                .andExpect(redirectedUrl("/quen-mat-khau/dat-lai?lienHe=" + nobody.replace("@", "%40")))
                .andExpect(flash().attribute("sent", true));
        assertThat(sent.sentTo(nobody)).isEmpty();
        // and typing a code for it reads as for an expired one
        reset(nobody, "123456", "moimatkhau9")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác minh đã hết hạn")));
    }

    @Test
    void theApiResetsAPasswordAndRefusesAWrongCodeWithAProblem() throws Exception {
        String email = verifiedAccount();
        mvc.perform(post("/api/v1/auth/password-reset")
                        .with(fromAnotherAddress())
                        .contentType("application/json")
                        .content("{\"contact\":\"" + email + "\"}"))
                .andExpect(status().isAccepted());
        String code = sent.lastCodeFor(email).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";
        mvc.perform(post("/api/v1/auth/password-reset/confirm")
                        .contentType("application/json")
                        .content(confirmation(email, wrong)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"code\":\"identity.password_reset_failed\"")));
        mvc.perform(post("/api/v1/auth/password-reset/confirm")
                        .contentType("application/json")
                        .content(confirmation(email, code)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/auth/token")
                        .contentType("application/json")
                        .content("{\"username\":\"" + email + "\",\"password\":\"moimatkhau9\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/auth/password-reset")
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    private static String confirmation(String contact, String code) {
        return "{\"contact\":\"" + contact + "\",\"code\":\"" + code
                + "\",\"password\":\"moimatkhau9\",\"passwordConfirmation\":\"moimatkhau9\"}";
    }

    private ResultActions reset(String contact, String code, String password) throws Exception {
        return mvc.perform(post("/quen-mat-khau/dat-lai")
                .with(csrf())
                .param("contact", contact)
                .param("code", code)
                .param("password", password)
                .param("passwordConfirmation", password));
    }
}
