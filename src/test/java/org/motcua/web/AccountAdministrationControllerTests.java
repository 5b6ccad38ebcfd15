package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.identity.Account;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** User and counter administration pages, signed in through the real login form. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class AccountAdministrationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    AgencyView center() {
        return catalog.agencyByCode("000.00.01.H41").orElseThrow();
    }

    @Test
    void onlyAnAdministratorReachesThePages() throws Exception {
        MockHttpSession officer = signIn("tiepnhan", "demo");
        for (String page : new String[] {"/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/moi", "/quan-tri/quay"}) {
            mvc.perform(get(page).session(officer)).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
        UUID admin = users.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/quan-tri/nguoi-dung/" + admin + "/khoa")
                        .session(officer)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(users.account(admin).orElseThrow().status()).isEqualTo(Account.Status.ACTIVE);
    }

    @Test
    void formsWithoutCsrfAreRefused() throws Exception {
        MockHttpSession admin = signIn("admin", "demo");
        mvc.perform(post("/quan-tri/nguoi-dung/moi").session(admin).param("username", unique("x-")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quan-tri/quay/moi")
                        .session(admin)
                        .param("trungTam", center().id().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsUsersByNameWithoutDiacriticsAndByRole() throws Exception {
        MockHttpSession admin = signIn("admin", "demo");
        mvc.perform(get("/quan-tri/nguoi-dung").session(admin).param("q", "nguyen thi lan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tiepnhan")))
                .andExpect(content().string(not(containsString(">giamdoc<"))));
        // other tests create managers of their own: look for the demo's among them
        mvc.perform(get("/quan-tri/nguoi-dung")
                        .session(admin)
                        .param("vaiTro", "CENTER_MANAGER")
                        .param("q", "giamdoc"))
                .andExpect(content().string(containsString("giamdoc")))
                .andExpect(content().string(containsString("Lãnh đạo Trung tâm")))
                .andExpect(content().string(containsString("Đang hoạt động")));
    }

    @Test
    void createsAnOfficerWithAGeneratedPasswordShownOnceThatSignsIn() throws Exception {
        MockHttpSession admin = signIn("admin", "demo");
        String username = unique("cv-");
        String key = UUID.randomUUID().toString();
        var create = post("/quan-tri/nguoi-dung/moi")
                .session(admin)
                .with(csrf())
                .param("username", username)
                .param("displayName", "Đỗ Minh Tuấn")
                .param("roles", "SPECIALIST")
                .param(
                        "agencyIds",
                        catalog.agencyByCode("000.00.42.H41").orElseThrow().id().toString())
                .param("submissionKey", key);
        MvcResult created =
                mvc.perform(create).andExpect(status().is3xxRedirection()).andReturn();
        String page = created.getResponse().getRedirectedUrl();
        String password = (String) created.getFlashMap().get("generatedPassword");
        assertThat(password).hasSize(12);
        mvc.perform(get(page).session(admin))
                .andExpect(content().string(containsString(password)))
                .andExpect(content().string(containsString("chỉ hiển thị một lần")));
        // a double click shows the same account (and password), not a second account or an error
        MvcResult again =
                mvc.perform(create).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(again.getFlashMap().get("generatedPassword")).isEqualTo(password);
        mvc.perform(get(page).session(admin)).andExpect(content().string(containsString(password)));
        // and then never again
        mvc.perform(get(page).session(admin)).andExpect(content().string(not(containsString(password))));
        signIn(username, password);
    }

    @Test
    void anOfficerRoleWithoutAnAgencyIsExplainedAndWhatWasTypedStays() throws Exception {
        MockHttpSession admin = signIn("admin", "demo");
        mvc.perform(post("/quan-tri/nguoi-dung/moi")
                        .session(admin)
                        .with(csrf())
                        .param("username", "tiepnhan")
                        .param("displayName", "Phan Văn Khải")
                        .param("roles", "RECEPTION_OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xin chọn ít nhất một cơ quan")))
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng")))
                .andExpect(content().string(containsString("value=\"Phan Văn Khải\"")));
    }

    @Test
    void anAdministratorCannotLockThemselvesNorDropTheirOwnAdminRole() throws Exception {
        MockHttpSession session = signIn("admin", "demo");
        UUID admin = users.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/quan-tri/nguoi-dung/" + admin + "/khoa")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/quan-tri/nguoi-dung/" + admin));
        mvc.perform(post("/quan-tri/nguoi-dung/" + admin)
                        .session(session)
                        .with(csrf())
                        .param("displayName", "Quản trị hệ thống")
                        .param("roles", "SUPERVISOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể bỏ vai trò Quản trị hệ thống")));
        Account account = users.account(admin).orElseThrow();
        assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
        assertThat(account.roles()).contains(Role.ADMIN);
    }

    @Test
    void lockUnlockAndResetPassword() throws Exception {
        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        String username = unique("cv-");
        UUID id = users.createOfficer(
                        admin,
                        new Users.OfficerDraft(username, "Lý Thu Trang", null, null, Set.of(Role.SUPERVISOR), Set.of()),
                        "MatKhau2026")
                .account()
                .id();
        MockHttpSession session = signIn("admin", "demo");
        mvc.perform(post("/quan-tri/nguoi-dung/" + id + "/khoa")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/quan-tri/nguoi-dung/" + id));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "MatKhau2026"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/quan-tri/nguoi-dung/" + id).session(session))
                .andExpect(content().string(containsString("Đã khoá")));
        mvc.perform(
                post("/quan-tri/nguoi-dung/" + id + "/mo-khoa").session(session).with(csrf()));
        MvcResult reset = mvc.perform(post("/quan-tri/nguoi-dung/" + id + "/dat-lai-mat-khau")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/quan-tri/nguoi-dung/" + id))
                .andReturn();
        signIn(username, (String) reset.getFlashMap().get("generatedPassword"));
        mvc.perform(post("/quan-tri/nguoi-dung/" + id + "/dat-lai-mat-khau")
                        .session(session)
                        .with(csrf())
                        .param("newPassword", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự")));
    }

    @Test
    void aCounterIsCreatedWithItsOfficerWhoSeesItAtTheReceptionDesk() throws Exception {
        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        AgencyView center = center();
        String username = unique("tn-");
        Users.CreatedAccount officer = users.createOfficer(
                admin,
                new Users.OfficerDraft(
                        username, "Hà Thị Thu", null, null, Set.of(Role.RECEPTION_OFFICER), Set.of(center.id())),
                "MatKhau2026");
        int number = 100 + (int) (Math.random() * 800);
        MockHttpSession session = signIn("admin", "demo");
        mvc.perform(get("/quan-tri/quay/moi")
                        .session(session)
                        .param("trungTam", center.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hà Thị Thu")));
        mvc.perform(post("/quan-tri/quay/moi")
                        .session(session)
                        .with(csrf())
                        .param("trungTam", center.id().toString())
                        .param("number", String.valueOf(number))
                        .param("name", "Quầy Đất đai")
                        .param("active", "true")
                        .param("officerIds", officer.account().id().toString())
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/quan-tri/quay?trungTam=" + center.id()));
        CounterView counter = catalog.counterOf(officer.account().id()).orElseThrow();
        assertThat(counter.number()).isEqualTo(number);
        mvc.perform(get("/quan-tri/quay")
                        .session(session)
                        .param("trungTam", center.id().toString()))
                .andExpect(content().string(containsString("Quầy Đất đai")))
                .andExpect(content().string(containsString("Hà Thị Thu")));
        mvc.perform(get("/can-bo/tiep-nhan").session(signIn(username, "MatKhau2026")))
                .andExpect(content().string(containsString("Ông/Bà đang ngồi quầy số " + number + " — Quầy Đất đai")));

        // closing the counter keeps it, marked closed (in words, not only a colour)
        mvc.perform(post("/quan-tri/quay/" + counter.id())
                        .session(session)
                        .with(csrf())
                        .param("number", String.valueOf(number))
                        .param("name", "Quầy Đất đai")
                        .param("officerIds", officer.account().id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.counter(counter.id()).orElseThrow().active()).isFalse();
        mvc.perform(get("/quan-tri/quay")
                        .session(session)
                        .param("trungTam", center.id().toString()))
                .andExpect(content().string(containsString("Tạm đóng")));
    }

    @Test
    void aTakenCounterNumberIsRefusedAndWhatWasTypedStays() throws Exception {
        MockHttpSession session = signIn("admin", "demo");
        mvc.perform(post("/quan-tri/quay/moi")
                        .session(session)
                        .with(csrf())
                        .param("trungTam", center().id().toString())
                        .param("number", "1")
                        .param("name", "Quầy trùng số")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Quầy trùng số\"")))
                .andExpect(content().string(containsString("alert-danger")));
    }
}
