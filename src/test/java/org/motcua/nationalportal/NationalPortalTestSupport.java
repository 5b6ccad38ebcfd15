package org.motcua.nationalportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.Vietnam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One application for every national-portal test: the demo catalog, WireMock playing the portal's adapter,
 * a clock the tests move, and no scheduled rounds (the tests run them). Updates from before the test clock's
 * start (the demo's own dossiers) are not pushed ({@code sync-from}).
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.national-portal.username=motcua",
            "motcua.national-portal.password=mat-khau",
            "motcua.national-portal.agency-code=000.00.01.H41",
            "motcua.national-portal.dstcode=DVCQG",
            "motcua.national-portal.settle=0s",
            "motcua.national-portal.give-up-after=4",
            "motcua.national-portal.sync-from=2027-03-01T09:00:00",
            "motcua.national-portal.callback-token=bi-mat-cua-cong",
            "motcua.national-portal.push-initial-delay=24h",
            "motcua.national-portal.fetch-initial-delay=24h",
            "motcua.national-portal.reconcile-cron=-"
        })
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(NationalPortalTestSupport.TestClock.class)
abstract class NationalPortalTestSupport {

    static final String PROCEDURE = "1.004253.000.00.19.H41";

    /** Monday 1 March 2027, 09:00 in Vietnam: the application's clock starts then. */
    static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);

    static final WireMockServer portal = new WireMockServer(options().dynamicPort());

    static {
        portal.start();
    }

    @DynamicPropertySource
    static void adapter(DynamicPropertyRegistry registry) {
        registry.add("motcua.national-portal.adapter-url", () -> portal.baseUrl() + "/dvcqg");
    }

    @AfterAll
    static void keepRunning() {
        // The server outlives one class: the application context (and its adapter address) is shared.
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(START.atZone(Vietnam.ZONE).toInstant());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @Autowired
    SyncPusher pusher;

    ProcedureView procedure;
    UUID center;
    String citizen;
    String desk;
    String specialist;
    String leader;
    String admin;
    String idNumber;
    String deskName;
    String adminName;

    @BeforeEach
    void people() throws Exception {
        portal.resetAll();
        answerLogin();
        procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        UUID department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        idNumber = "0400" + String.format("%08d", Math.abs(run.hashCode()) % 100_000_000);
        citizen = token(person("cd-" + run, Set.of(Role.APPLICANT), Set.of()));
        deskName = "tn-" + run;
        adminName = "qt-" + run;
        desk = token(person(deskName, Set.of(Role.RECEPTION_OFFICER), Set.of(center)));
        specialist = token(person("cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit)));
        leader = token(person("ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department)));
        admin = token(person("qt-" + run, Set.of(Role.ADMIN), Set.of()));
    }

    static void answerLogin() {
        portal.stubFor(
                post(urlEqualTo("/dvcqg/auth")).willReturn(okJson("{\"error_code\":0,\"session\":\"phien-1\"}")));
    }

    static void portalAnswersOk() {
        portal.stubFor(post(urlEqualTo("/dvcqg/integration")).willReturn(okJson("{\"error_code\":\"0\"}")));
    }

    static void portalIsDown() {
        portal.stubFor(
                post(urlEqualTo("/dvcqg/integration")).willReturn(aResponse().withStatus(503)));
    }

    String person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, "mật-khẩu", "Người " + username, roles);
        users.assignAgencies(user.id(), agencies);
        return username;
    }

    String token(String username) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"mật-khẩu\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    /** Submitted online by the citizen and received at the desk: the dossier code. */
    String receivedDossier() throws Exception {
        String application = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"%s",
                              "phone":"0912 345 678","email":"binh@example.vn","address":"Phường Hồng Sơn"},
                 "deliveryMethod":"COUNTER",
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                """.formatted(procedure.id(), center, idNumber);
        String submitted = mvc.perform(MockMvcRequestBuilders.post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(submitted, "$.id");
        String received = act(desk, id, "receive", null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(received, "$.code");
    }

    ResultActions act(String token, String ref, String action, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/dossiers/" + ref + "/" + action)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    /** Waits until the listener recorded {@code count} updates of the dossier. */
    void recorded(String code, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from national_portal.sync_update where dossier_code = ?")
                                .params(code)
                                .query(Integer.class)
                                .single()
                        == count);
    }

    void advance(Duration by) {
        clock.set(clock.instant().plus(by));
    }

    /** The calls of one service about one dossier that the portal received, in order. */
    static List<LoggedRequest> calls(String service, String code) {
        return portal.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/dvcqg/integration"))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                                "$.service", com.github.tomakehurst.wiremock.client.WireMock.equalTo(service)))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(code)));
    }

    static List<String> field(List<LoggedRequest> requests, String path) {
        return requests.stream()
                .map(r -> JsonPath.read(r.getBodyAsString(), path).toString())
                .toList();
    }
}
