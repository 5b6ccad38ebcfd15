package org.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Citizens' feedback through the API: routed, assigned, answered within working days, published masked. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class CitizenFeedbackControllerTests {

    static final String CERTIFICATION = "2.000815.000.00.50.H41";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    CitizenFeedback feedback;

    @Autowired
    JdbcClient jdbc;

    private String token(String username) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"" + username + "\",\"password\":\"mật-khẩu\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.access_token");
    }

    private CurrentUser officer(String username, UUID agency) {
        CurrentUser u = users.create(username, "mật-khẩu", "Cán bộ " + username, Set.of(Role.SPECIALIST));
        return users.assignAgencies(u.id(), Set.of(agency));
    }

    private ResultActions submit(String body, String address) throws Exception {
        return mvc.perform(post("/api/v1/public/feedback")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions act(String token, String path, String body) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theAnswerIsDueTenWorkingDaysLaterSkippingTheHolidays() {
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        // Received Thursday 27.08.2026 at 08:00. National Day: 29.08-02.09.2026 off (Thông báo 9441/TB-BNV), with
        // the weekend. One working day later is 28.08 08:00, two 03.09, then 04, 07, 08, 09, 10, 11, 14 and the
        // tenth 15.09 at 08:00.
        var due = feedback.deadline(LocalDateTime.of(2026, 8, 27, 8, 0), commune);
        assertThat(due.due()).isEqualTo(LocalDateTime.of(2026, 9, 15, 8, 0));
        // the same ten days from a Thursday without holidays: two weeks later
        assertThat(feedback.deadline(LocalDateTime.of(2026, 10, 1, 8, 0), commune)
                        .due())
                .isEqualTo(LocalDateTime.of(2026, 10, 15, 8, 0));
        assertThat(due.explanationVi()).isNotEmpty();
    }

    @Test
    void aComplaintIsRoutedToTheProcedureAgencyAnsweredAndPublishedWithoutPersonalData() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        UUID other = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        CurrentUser handler = officer("pa-" + run, commune);
        String officer = token(handler.username());
        String outsider = token(officer("pb-" + run, other).username());
        String body = """
                {"subject":"PROCEDURE","subjectRef":"%s","category":"PAPERWORK","title":"Yêu cầu thêm giấy tờ %s",
                 "body":"Cán bộ Lê Văn Tám yêu cầu tôi nộp thêm bản sao CCCD 040190001201 dù đã có. Gọi 0912345678.",
                 "senderName":"Trần Thị Hoa","senderPhone":"0912345678","consentToPublish":true}
                """.formatted(CERTIFICATION, run);
        String receipt = submit(body, "10.20.0.1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("PA")))
                .andExpect(jsonPath("$.dueAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reference = JsonPath.read(receipt, "$.reference");
        String id = jdbc.sql("select id::text from feedback.citizen_feedback where reference = ?")
                .param(reference)
                .query(String.class)
                .single();

        // routed to the commune (the procedure's competent agency): its officer sees it, another does not
        mvc.perform(get("/api/v1/feedback").header("Authorization", "Bearer " + officer))
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].agencyId")
                        .value(org.hamcrest.Matchers.contains(commune.toString())));
        act(outsider, "/api/v1/feedback/" + id + "/answer", "{\"answer\":\"x\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("feedback.not_found"));

        act(officer, "/api/v1/feedback/" + id + "/publish", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("feedback.not_answered"));
        act(officer, "/api/v1/feedback/" + id + "/assign", "{\"assigneeId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
        act(officer, "/api/v1/feedback/" + id + "/assign", "{\"assigneeId\":\"" + handler.id() + "\"}")
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        act(officer, "/api/v1/feedback/" + id + "/answer", "{\"answer\":\"  \"}")
                .andExpect(status().isBadRequest());
        act(
                        officer,
                        "/api/v1/feedback/" + id + "/answer",
                        "{\"answer\":\"Thủ tục chứng thực không yêu cầu thêm bản sao. Đã nhắc nhở ông Lê Văn Tám.\"}")
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.answeredOnTime").value(true));
        act(officer, "/api/v1/feedback/" + id + "/publish", "{\"thirdParties\":[\"Lê Văn Tám\"]}")
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());

        // published, found without diacritics, with no name, ID number or phone left
        String published = mvc.perform(get("/api/v1/public/feedback").param("q", "yeu cau them giay to " + run))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reference").value(reference))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(published)
                .doesNotContain("Lê Văn Tám", "Trần Thị Hoa", "040190001201", "0912345678")
                .contains("***");

        mvc.perform(get("/api/v1/feedback/figures")
                        .header("Authorization", "Bearer " + officer)
                        .param(
                                "from",
                                LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString())
                        .param(
                                "to",
                                LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString()))
                .andExpect(jsonPath("$[?(@.agencyId == '" + commune + "')].answeredOnTime")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
    }

    @Test
    void badFeedbackIsRefusedWithTheFieldsNamedAndAFloodFromOneAddressIsSlowedDown() throws Exception {
        submit(
                        "{\"subject\":\"PROCEDURE\",\"subjectRef\":\"không-có\",\"category\":\"OTHER\",\"title\":\"\",\"body\":\"x\",\"senderName\":\"A\"}",
                        "10.20.0.2")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("feedback.invalid_feedback"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("title", "senderPhone", "subjectRef")));
        String ok = """
                {"subject":"OTHER","agencyCode":"000.00.01.H41","category":"OTHER","title":"Bãi xe",
                 "body":"Bãi xe chật","senderName":"Võ Văn Bình","senderEmail":"binh@example.vn","consentToPublish":false}""";
        // five a minute per address: eleven in a row meet the brake at least once, even across a minute
        java.util.List<Integer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            answers.add(submit(ok, "10.20.0.3").andReturn().getResponse().getStatus());
        }
        assertThat(answers).contains(429).containsOnly(201, 429);
        submit(ok, "10.20.0.4").andExpect(status().isCreated());
    }

    @Test
    void theWatchMarksOpenFeedbackOverdueOnceItsDueTimeHasPassed() throws Exception {
        String ok = """
                {"subject":"OTHER","agencyCode":"000.00.01.H41","category":"DELAY","title":"Chậm",
                 "body":"Chờ lâu","senderName":"Võ Văn Bình","senderEmail":"binh@example.vn","consentToPublish":false}""";
        String reference =
                JsonPath.read(submit(ok, "10.20.0.5").andReturn().getResponse().getContentAsString(), "$.reference");
        LocalDateTime due = jdbc.sql("select due_at from feedback.citizen_feedback where reference = ?")
                .param(reference)
                .query(LocalDateTime.class)
                .single();
        feedback.markOverdue(due.minusMinutes(1));
        assertThat(overdue(reference)).isNull();
        feedback.remind(due.minusHours(2));
        assertThat(jdbc.sql("select reminded_at is not null from feedback.citizen_feedback where reference = ?")
                        .param(reference)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        feedback.markOverdue(due.plusMinutes(1));
        assertThat(overdue(reference)).isEqualTo(due.plusMinutes(1));
    }

    private LocalDateTime overdue(String reference) {
        String at = jdbc.sql("select coalesce(overdue_at::text, '') from feedback.citizen_feedback where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        return at.isEmpty() ? null : LocalDateTime.parse(at.replace(' ', 'T'));
    }
}
