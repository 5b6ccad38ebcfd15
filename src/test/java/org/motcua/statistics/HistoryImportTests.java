package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A province moving to motcua brings its history: a year shaped like a quoted report (received 54.913,
 * resolved 44.657 of which 99,8% on time, online 15.175 = 27,6%, four-on-site 19.107 ≈ 35%, returned by
 * post 20.255 = 36,9%) imported line by line gives back those figures; bad lines are reported one by one
 * and change nothing; importing again adds nothing.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class HistoryImportTests {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    static final String AGENCY = "000.00.19.H41";
    static final String CENTER = "000.00.01.H41";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    String admin;
    String manager;

    @BeforeEach
    void people() throws Exception {
        StatisticsPeople people = new StatisticsPeople(mvc, users);
        String run = UUID.randomUUID().toString().substring(0, 6);
        admin = people.token("qt-" + run, Set.of(Role.ADMIN), Set.of());
        manager = people.token("gd-" + run, Set.of(Role.CENTER_MANAGER), Set.of());
    }

    @Test
    void aYearShapedLikeAQuotedReportGivesBackItsFigures() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2019, 1, 2); d.isBefore(LocalDate.of(2019, 12, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        StringBuilder file = new StringBuilder();
        int received = 54_913;
        for (int i = 0; i < received; i++) {
            LocalDateTime at = days.get(i % days.size()).atTime(8, 0);
            LocalDateTime due = at.plusDays(10).withHour(17);
            boolean resolved = i < 44_657;
            boolean late = i < 89; // 44.568 of 44.657 early or on time: 99,80%
            String finished = !resolved ? null : (late ? due.plusDays(1) : at.plusDays(2)).toString();
            file.append(
                            "{\"code\":\"LS-2019-%06d\",\"procedureCode\":\"%s\",\"agencyCode\":\"%s\",\"centerCode\":\"%s\""
                                    .formatted(i, PROCEDURE, AGENCY, CENTER))
                    .append(",\"channel\":\"")
                    .append(i < 15_175 ? "ONLINE" : "COUNTER")
                    .append("\",\"applicantType\":\"CITIZEN\",\"receivedAt\":\"")
                    .append(at)
                    .append("\",\"dueAt\":\"")
                    .append(due)
                    .append("\",\"status\":\"")
                    .append(resolved ? "RESOLVED" : "IN_PROGRESS")
                    .append("\"")
                    .append(finished == null ? "" : ",\"finishedAt\":\"" + finished + "\"")
                    .append(",\"deliveryMethod\":\"")
                    .append(i >= received - 20_255 ? "POSTAL" : "COUNTER")
                    .append("\",\"fourOnSite\":")
                    .append(i >= 15_175 && i < 15_175 + 19_107)
                    .append(",\"feesPaid\":")
                    .append(i % 10 == 0 ? 50_000 : 0)
                    .append("}\n");
        }
        long started = System.nanoTime();
        String report = importFile(file.toString(), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").value(received))
                .andExpect(jsonPath("$.imported").value(received))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        System.out.printf("history import: %d lines in %d ms%n", received, (System.nanoTime() - started) / 1_000_000);
        assertThat(report).contains("LS-2019-000000");

        String body = mvc.perform(get("/api/v1/statistics/summary?from=2019-01-01&to=2019-12-31")
                        .header("Authorization", "Bearer " + manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.total.receivedNew")).longValue())
                .isEqualTo(54_913);
        assertThat(((Number) JsonPath.read(body, "$.total.resolvedTotal")).longValue())
                .isEqualTo(44_657);
        assertThat(((Number) JsonPath.read(body, "$.total.receivedOnline")).longValue())
                .isEqualTo(15_175);
        assertThat(((Number) JsonPath.read(body, "$.total.fourOnSite")).longValue())
                .isEqualTo(19_107);
        assertThat(((Number) JsonPath.read(body, "$.total.postalDelivery")).longValue())
                .isEqualTo(20_255);
        assertThat(((Number) JsonPath.read(body, "$.total.inProgressOnTime")).longValue()
                        + ((Number) JsonPath.read(body, "$.total.inProgressOverdue")).longValue())
                .isEqualTo(54_913 - 44_657);
        assertThat(((Number) JsonPath.read(body, "$.total.feesCollected")).longValue())
                .isEqualTo(5_492L * 50_000);
        assertThat(rate(body, "$.total.onTimeRate")).isEqualTo("99,8%");
        assertThat(rate(body, "$.total.onlineShare")).isEqualTo("27,6%");
        assertThat(rate(body, "$.total.fourOnSiteShare")).isEqualTo("34,8%");
        assertThat(rate(body, "$.total.postalReturnShare")).isEqualTo("36,9%");

        // The same file again: every code is known, nothing is counted twice.
        importFile(file.toString(), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.alreadyKnown").value(received));
        mvc.perform(get("/api/v1/statistics/summary?from=2019-01-01&to=2019-12-31")
                        .header("Authorization", "Bearer " + manager))
                .andExpect(jsonPath("$.total.receivedNew").value(54_913));
    }

    @Test
    void badLinesAreReportedOneByOneAndADryRunWritesNothing() throws Exception {
        String good = line(
                "LS-2018-GOOD",
                "2018-03-05T08:00:00",
                "2018-03-15T17:00:00",
                "RESOLVED",
                "\"finishedAt\":\"2018-03-09T10:00:00\"");
        String file = String.join(
                "\n",
                good,
                "not json",
                line(
                        "LS-2018-BAD1",
                        "2018-03-05T08:00:00",
                        "2018-03-15T17:00:00",
                        "RESOLVED",
                        "\"finishedAt\":\"2018-03-01T10:00:00\""),
                line("LS-2018-BAD2", "2018-03-05T08:00:00", "2018-03-15T17:00:00", "DONE", null),
                good.replace(PROCEDURE, "9.999999"),
                good,
                line("LS-2018-BAD3", "2018-03-05", "2018-03-15T17:00:00", "IN_PROGRESS", null));
        importFile(file, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.lines").value(7))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].error").value("import.not_json"))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("finishedAt"))
                .andExpect(jsonPath("$.errors[1].error").value("import.finished_before_received"))
                .andExpect(jsonPath("$.errors[2].field").value("status"))
                .andExpect(jsonPath("$.errors[3].line").value(5))
                .andExpect(jsonPath("$.errors[3].error").value("import.unknown_procedure"))
                .andExpect(jsonPath("$.errors[4].line").value(6))
                .andExpect(jsonPath("$.errors[4].error").value("import.duplicate_code"))
                .andExpect(jsonPath("$.errors[5].line").value(7))
                .andExpect(jsonPath("$.errors[5].error").value("import.invalid_time"))
                .andExpect(jsonPath("$.errors[5].message").value(org.hamcrest.Matchers.containsString("receivedAt")));
        // The dry run wrote nothing; the real one writes the good line only.
        assertThat(received2018()).isZero();
        importFile(file, false).andExpect(jsonPath("$.imported").value(1));
        assertThat(received2018()).isEqualTo(1);
        // Only administrators import.
        mvc.perform(multipart("/api/v1/admin/import/dossiers")
                        .file(new MockMultipartFile("file", "h.jsonl", "application/jsonl", good.getBytes()))
                        .header("Authorization", "Bearer " + manager))
                .andExpect(status().isForbidden());
    }

    private long received2018() throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/summary?from=2018-01-01&to=2018-12-31")
                        .header("Authorization", "Bearer " + manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.total.receivedNew")).longValue();
    }

    private static String line(String code, String received, String due, String status, String more) {
        return ("{\"code\":\"%s\",\"procedureCode\":\"%s\",\"agencyCode\":\"%s\",\"centerCode\":\"%s\","
                        + "\"channel\":\"COUNTER\",\"receivedAt\":\"%s\",\"dueAt\":\"%s\",\"status\":\"%s\"%s}")
                .formatted(code, PROCEDURE, AGENCY, CENTER, received, due, status, more == null ? "" : "," + more);
    }

    private static String rate(String body, String path) {
        return VietnameseNumbers.percent(
                new java.math.BigDecimal(JsonPath.read(body, path).toString()));
    }

    private org.springframework.test.web.servlet.ResultActions importFile(String content, boolean dryRun)
            throws Exception {
        return mvc.perform(multipart("/api/v1/admin/import/dossiers")
                .file(new MockMultipartFile(
                        "file", "history.jsonl", "application/jsonl", content.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", Boolean.toString(dryRun))
                .header("Authorization", "Bearer " + admin));
    }
}
