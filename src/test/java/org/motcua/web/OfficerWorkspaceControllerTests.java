package org.motcua.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The officer's pages drive the same lifecycle as the API, with the same rules. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class OfficerWorkspaceControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", username)
                        .param("password", "demo"))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    String onlineDossierOfTheDemoCitizen() throws Exception {
        String token = JsonPath.read(
                mvc.perform(post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"congdan\",\"password\":\"demo\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.access_token");
        var procedure = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        var center = catalog.agencyByCode("000.00.01.H41").orElseThrow();
        String body = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"040090001234"},
                 "documents":[{"requiredOrder":1}]}
                """.formatted(procedure.id(), center.id());
        return JsonPath.read(
                mvc.perform(post("/api/v1/dossiers")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aPageNumberInTheLinkOutOfRangeShowsTheNearestPage() throws Exception {
        MockHttpSession desk = login("tiepnhan");
        // 85899346 × 25 rows passes an int: the offset used to turn negative (a 500)
        for (String page : new String[] {"85899346", "2147483647", "-2147483648"}) {
            mvc.perform(get("/can-bo/ho-so").param("page", page).session(desk))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hồ sơ cần xử lý")));
        }
    }

    @Test
    void theDeskReceivesAndForwardsFromThePages() throws Exception {
        String id = onlineDossierOfTheDemoCitizen();
        MockHttpSession desk = login("tiepnhan");
        // The desk's queue lists the longest-waiting first: the dossiers other tests leave in it can push
        // a new one past the first page, so it is looked for page by page.
        boolean listed = false;
        for (int page = 0; page < 20 && !listed; page++) {
            String html = mvc.perform(get("/can-bo/ho-so")
                            .param("view", "mine")
                            .param("page", String.valueOf(page))
                            .session(desk))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hồ sơ cần xử lý")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            listed = html.contains("/can-bo/ho-so/" + id);
        }
        org.assertj.core.api.Assertions.assertThat(listed)
                .as("listed in the desk's queue")
                .isTrue();
        mvc.perform(get("/can-bo/ho-so/" + id).session(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/can-bo/ho-so/" + id + "/receive\"")));

        String location = mvc.perform(post("/can-bo/ho-so/" + id + "/receive")
                        .session(desk)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "receive"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).session(desk))
                .andExpect(content().string(containsString("000.00.01.H41-")))
                .andExpect(content().string(containsString("Cách tính ngày hẹn trả")));

        // A stale version (the page was open before someone else acted) is refused with a banner.
        mvc.perform(post(location + "/forward").session(desk).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorTitle", "Hồ sơ vừa được người khác xử lý"));
        mvc.perform(post(location + "/forward").session(desk).with(csrf()).param("version", "1"))
                .andExpect(flash().attribute("done", "forward"));
    }

    @Test
    void actionsNeedTheCsrfTokenAndCitizensHaveNoWorkspace() throws Exception {
        String id = onlineDossierOfTheDemoCitizen();
        MockHttpSession desk = login("tiepnhan");
        mvc.perform(post("/can-bo/ho-so/" + id + "/receive").session(desk)).andExpect(status().isForbidden());
        MockHttpSession citizen = login("congdan");
        mvc.perform(get("/can-bo/ho-so").session(citizen)).andExpect(redirectedUrl("/"));
    }
}
