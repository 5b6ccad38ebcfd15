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
import org.motcua.statistics.ResultFigure;
import org.motcua.statistics.internal.ResultQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    ResultQueries resultFigures;

    @Autowired
    JdbcClient jdbc;

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
        String created = mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        lastReference = JsonPath.read(created, "$.reference");
        return JsonPath.read(created, "$.id");
    }

    /** The reference of the dossier {@link #onlineDossierOfTheDemoCitizen} made last. */
    String lastReference;

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
        // Found by the reference the applicant quotes (the desk's list may run to several pages).
        mvc.perform(get("/can-bo/ho-so")
                        .param("view", "mine")
                        .param("q", lastReference)
                        .session(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ sơ cần xử lý")))
                .andExpect(content().string(containsString("/can-bo/ho-so/" + id)));
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
    void resolvingAnInvestmentRegistrationAsksForItsCapital() throws Exception {
        var procedure = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        resultFigures.tag(procedure.id(), ResultFigure.INVESTMENT_APPROVED, java.time.Instant.now(), "test");
        try {
            String id = onlineDossierOfTheDemoCitizen();
            MockHttpSession desk = login("tiepnhan");
            MockHttpSession specialist = login("chuyenvien");
            MockHttpSession leader = login("lanhdao");
            act(desk, id, "receive", 0);
            act(desk, id, "forward", 1);
            act(specialist, id, "forward", 2);
            act(leader, id, "forward", 3);
            act(leader, id, "approve", 4);
            mvc.perform(get("/can-bo/ho-so/" + id).session(leader))
                    .andExpect(content().string(containsString("name=\"capitalVnd\"")))
                    .andExpect(content().string(containsString("Dự án đầu tư được chấp thuận: vốn đăng ký (đồng)")))
                    .andExpect(content().string(containsString("name=\"foreignInvestor\"")));
            mvc.perform(post("/can-bo/ho-so/" + id + "/resolve")
                            .session(leader)
                            .with(csrf())
                            .param("version", "5")
                            .param("capitalVnd", "2500000000")
                            .param("foreignInvestor", "true"))
                    .andExpect(flash().attribute("done", "resolve"));
            org.assertj.core.api.Assertions.assertThat(
                            jdbc.sql("select result_capital_vnd from dossier.dossier where id = cast(:id as uuid)"
                                            + " and result_foreign_investor")
                                    .param("id", id)
                                    .query(Long.class)
                                    .single())
                    .isEqualTo(2_500_000_000L);
        } finally {
            resultFigures.tag(procedure.id(), null, java.time.Instant.now(), "test");
        }
    }

    private void act(MockHttpSession session, String id, String action, long version) throws Exception {
        mvc.perform(post("/can-bo/ho-so/" + id + "/" + action)
                        .session(session)
                        .with(csrf())
                        .param("version", Long.toString(version)))
                .andExpect(flash().attribute("done", action));
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
