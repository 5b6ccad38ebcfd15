package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** "Tài khoản của tôi": who one is, and changing one's own password. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class AccountPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    String newOfficer() {
        String username = "cb-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "matkhau-cu-1", "Lê Thị Hạnh", Set.of(Role.SPECIALIST));
        return username;
    }

    ResultActions signIn(MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .session(session)
                .with(csrf())
                .param("username", username)
                .param("password", password));
    }

    ResultActions change(MockHttpSession session, String current, String next, String confirmation) throws Exception {
        return mvc.perform(post("/tai-khoan/mat-khau")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("newPasswordConfirmation", confirmation));
    }

    @Test
    void theHeaderLinksToThePageThatShowsWhoOneIs() throws Exception {
        String username = newOfficer();
        MockHttpSession session = new MockHttpSession();
        signIn(session, username, "matkhau-cu-1").andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(content().string(containsString("href=\"/tai-khoan\"")));
        mvc.perform(get("/tai-khoan").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lê Thị Hạnh")))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Chuyên viên xử lý")))
                .andExpect(content().string(containsString("id=\"currentPassword\"")));
        // Not signed in: the login page.
        mvc.perform(get("/tai-khoan")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyProblemIsShownAtOnceAndNothingChanges() throws Exception {
        String username = newOfficer();
        MockHttpSession session = new MockHttpSession();
        signIn(session, username, "matkhau-cu-1");
        change(session, "", "ngan", "khac")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống")))
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự")))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu không giống nhau")));
        change(session, "sai-mat-khau-9", "matkhau-moi-2", "matkhau-moi-2")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")));
        signIn(new MockHttpSession(), username, "matkhau-cu-1").andExpect(redirectedUrl("/"));
    }

    @Test
    void aChangedPasswordIsTheOnlyOneThatWorksAndTheApiTokensStop() throws Exception {
        String username = newOfficer();
        String token = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"" + username + "\",\"password\":\"matkhau-cu-1\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.access_token");
        MockHttpSession session = new MockHttpSession();
        signIn(session, username, "matkhau-cu-1");

        change(session, "matkhau-cu-1", "matkhau-moi-2", "matkhau-moi-2").andExpect(redirectedUrl("/tai-khoan"));
        mvc.perform(get("/tai-khoan").session(session)).andExpect(content().string(containsString("Đã đổi mật khẩu")));

        signIn(new MockHttpSession(), username, "matkhau-cu-1").andExpect(redirectedUrl("/login?error"));
        signIn(new MockHttpSession(), username, "matkhau-moi-2").andExpect(redirectedUrl("/"));
        int status = mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(401);
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheThrottling() throws Exception {
        String username = newOfficer();
        MockHttpSession session = new MockHttpSession();
        signIn(session, username, "matkhau-cu-1");
        for (int i = 0; i < 6; i++) { // five free, the sixth earns a wait
            change(session, "doan-mo-" + i + "x", "matkhau-moi-2", "matkhau-moi-2");
        }
        // As after six wrong sign-ins: even the right password waits, and so does the sign-in page.
        change(session, "matkhau-cu-1", "matkhau-moi-2", "matkhau-moi-2")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quá nhiều lần")));
        signIn(new MockHttpSession(), username, "matkhau-cu-1").andExpect(redirectedUrl("/login?wait"));
        // The session already open is not cut.
        mvc.perform(get("/tai-khoan").session(session)).andExpect(status().isOk());
    }
}
