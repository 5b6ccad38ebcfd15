package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The statistics API as its users meet it: a dossier taken through its life by the desk and the agency
 * shows up in the manager's figures (through the event publication registry, as in production); officers
 * read only their agencies; bad requests are problem documents; the exports open.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class StatisticsApiTests {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    static final String DEPARTMENT = "000.00.19.H41";

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    String manager;
    String citizen;
    String desk;
    String specialist;
    String leader;
    String health;
    String admin;
    final String idNumber =
            "0400" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);

    @BeforeEach
    void people() throws Exception {
        StatisticsPeople people = new StatisticsPeople(mvc, users);
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        UUID department = catalog.agencyByCode(DEPARTMENT).orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        UUID healthDepartment =
                catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        manager = people.token("gd-" + run, Set.of(Role.CENTER_MANAGER), Set.of(center));
        citizen = people.token("cd-" + run, Set.of(Role.APPLICANT), Set.of());
        desk = people.token("tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        specialist = people.token("cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        leader = people.token("ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department));
        health = people.token("yt-" + run, Set.of(Role.SPECIALIST), Set.of(healthDepartment));
        admin = people.token("qt-" + run, Set.of(Role.ADMIN), Set.of());
    }

    @Test
    void aTaggedProcedureCountsItsGrantedResultsWithTheirCapital() throws Exception {
        UUID procedure = catalog.procedureByCode(PROCEDURE).orElseThrow().id();
        String tagPath = "/api/v1/admin/statistics/result-figures/" + procedure;
        // Only administrators tag, with a known figure, a known procedure.
        tag(manager, tagPath, "{\"figure\":\"INVESTMENT_APPROVED\"}").andExpect(status().isForbidden());
        tag(admin, tagPath, "{\"figure\":\"NEW_FACTORY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        tag(admin, tagPath, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("figure"));
        tag(
                        admin,
                        "/api/v1/admin/statistics/result-figures/" + UUID.randomUUID(),
                        "{\"figure\":\"INVESTMENT_APPROVED\"}")
                .andExpect(status().isNotFound());
        tag(admin, tagPath, "{\"figure\":\"INVESTMENT_APPROVED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedureCode").value(PROCEDURE));
        read(admin, "/api/v1/admin/statistics/result-figures")
                .andExpect(jsonPath("$[?(@.procedureCode == '" + PROCEDURE + "')].figure")
                        .value("INVESTMENT_APPROVED"));
        try {
            String today = LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString();
            String path = "/api/v1/statistics/summary?from=" + today + "&to=" + today + "&agency=" + DEPARTMENT;
            String investment = "$.results[?(@.figure == 'INVESTMENT_APPROVED')].";
            long projects = first(manager, path, investment + "count");
            long foreign = first(manager, path, investment + "foreign");
            long capital = first(manager, path, investment + "capitalVnd");

            String id = submit();
            approved(id);
            // A capital is a positive whole number of đồng.
            mvc.perform(post("/api/v1/dossiers/" + id + "/resolve")
                            .header("Authorization", "Bearer " + leader)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"capital\":{\"amount\":0,\"foreignInvestor\":true}}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("capital.amount"));
            act(leader, id, "resolve", "{\"capital\":{\"amount\":3000000000,\"foreignInvestor\":true}}");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(first(manager, path, investment + "count")).isEqualTo(projects + 1);
                assertThat(first(manager, path, investment + "foreign")).isEqualTo(foreign + 1);
                assertThat(first(manager, path, investment + "capitalVnd")).isEqualTo(capital + 3_000_000_000L);
            });
        } finally {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(tagPath)
                            .header("Authorization", "Bearer " + admin))
                    .andExpect(status().isNoContent());
        }
        read(admin, "/api/v1/admin/statistics/result-figures")
                .andExpect(
                        jsonPath("$[?(@.procedureCode == '" + PROCEDURE + "')]").isEmpty());
    }

    /** Received, through the three steps, approved: ready to resolve. */
    private void approved(String id) throws Exception {
        act(desk, id, "receive", null);
        act(desk, id, "forward", null);
        act(specialist, id, "forward", null);
        act(leader, id, "forward", null);
        act(leader, id, "approve", null);
    }

    private long publications(String dossierId, String eventType) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%FigureRecorder%'"
                        + " and event_type like :type and serialized_event like :id")
                .param("type", "%" + eventType)
                .param("id", "%" + dossierId + "%")
                .query(Long.class)
                .single();
    }

    private ResultActions tag(String token, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** The first number a JSON path with a filter finds. */
    private long first(String token, String path, String json) throws Exception {
        String body = read(token, path)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> found = JsonPath.read(body, json);
        return found.getFirst().longValue();
    }

    @Test
    void aDossierResolvedTodayCountsInTheManagersFiguresOnce() throws Exception {
        String today = LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString();
        String path = "/api/v1/statistics/summary?from=" + today + "&to=" + today + "&agency=" + DEPARTMENT;
        long received = count(manager, path, "$.total.receivedNew");
        long resolved = count(manager, path, "$.total.resolvedTotal");
        long returned = count(manager, path, "$.total.returned");

        String id = submit();
        approved(id);
        act(leader, id, "resolve", null);
        act(desk, id, "return-result", "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"" + idNumber + "\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count(manager, path, "$.total.receivedNew")).isEqualTo(received + 1);
            assertThat(count(manager, path, "$.total.resolvedTotal")).isEqualTo(resolved + 1);
            assertThat(count(manager, path, "$.total.returned")).isEqualTo(returned + 1);
        });
        // Grouped by procedure, the row carries the procedure's code and name.
        read(manager, path + "&groupBy=procedure")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("PROCEDURE"))
                .andExpect(jsonPath("$.rows[?(@.key == '" + PROCEDURE + "')].figures.resolvedTotal")
                        .isNotEmpty())
                .andExpect(jsonPath("$.scope")
                        .value(catalog.agencyByCode(DEPARTMENT).orElseThrow().name()));
        // The agency's own officer reads the same figures.
        assertThat(count(leader, path, "$.total.receivedNew")).isEqualTo(received + 1);
        // Behind the count, the dossier itself; a rate has no dossiers behind it; the scope rules hold.
        String code = JsonPath.read(
                read(manager, "/api/v1/dossiers/" + id)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.code");
        read(
                        manager,
                        "/api/v1/statistics/dossiers?figure=resolvedTotal&from=" + today + "&to=" + today + "&agency="
                                + DEPARTMENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(resolved + 1))
                .andExpect(jsonPath("$.dossiers[?(@.code == '" + code + "')].verdict")
                        .value("EARLY"));
        read(manager, "/api/v1/statistics/dossiers?figure=onTimeRate&from=" + today + "&to=" + today)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.unknown_figure"));
        read(
                        health,
                        "/api/v1/statistics/dossiers?figure=receivedNew&from=" + today + "&to=" + today + "&agency="
                                + DEPARTMENT)
                .andExpect(status().isForbidden());
        // The statistics listen only to the events that change a figure: the registry holds a publication
        // for the receipt, none for the submission.
        assertThat(publications(id, "DossierReceived")).isEqualTo(1);
        assertThat(publications(id, "DossierSubmitted")).isZero();
    }

    @Test
    void officersReadOnlyTheAgenciesTheyServe() throws Exception {
        read(health, "/api/v1/statistics/summary?from=2026-01-01&to=2026-01-31&agency=" + DEPARTMENT)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("statistics.agency_forbidden"));
        read(citizen, "/api/v1/statistics/summary?from=2026-01-01&to=2026-01-31")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("statistics.forbidden"));
        read(health, "/api/v1/statistics/summary?from=2026-01-01&to=2026-01-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("Các cơ quan được phân công"));
        mvc.perform(get("/api/v1/statistics/summary?from=2026-01-01&to=2026-01-31"))
                .andExpect(status().isUnauthorized());
        read(health, "/api/v1/statistics/weekly-reports").andExpect(status().isForbidden());
    }

    @Test
    void badRequestsAreProblemDocuments() throws Exception {
        problem("from=2026-02-01&to=2026-01-01", "statistics.period_reversed");
        problem("from=2010-01-01&to=2026-01-01", "statistics.period_too_long");
        problem("from=2026-01-01&to=2026-01-31&agency=KHONG-CO", "statistics.unknown_agency");
        problem("from=2026-01-01&to=2026-01-31&procedure=KHONG-CO", "statistics.unknown_procedure");
        problem("from=2026-01-01&to=2026-01-31&field=KHONG-CO", "statistics.unknown_field");
        problem("from=2026-01-01&to=2026-01-31&groupBy=color", "statistics.unknown_group");
        problem("from=2026-01-01&to=2026-01-31&format=docx", "statistics.unknown_format");
        problem("from=2026-13-01&to=2026-01-31", "request.invalid_parameter");
        problem("to=2026-01-31", "request.missing_parameter");
        // Exactly ten years is allowed.
        read(manager, "/api/v1/statistics/summary?from=2016-01-01&to=2025-12-31")
                .andExpect(status().isOk());
    }

    @Test
    void theFiguresExportAsAWorkbookAndAPdf() throws Exception {
        byte[] xlsx = read(
                        manager, "/api/v1/statistics/summary?from=2026-01-01&to=2026-12-31&groupBy=agency&format=xlsx")
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Tiếp nhận mới");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        }
        byte[] pdf = mvc.perform(get("/api/v1/statistics/summary?from=2026-01-01&to=2026-12-31")
                        .header("Authorization", "Bearer " + manager)
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    private void problem(String query, String code) throws Exception {
        read(manager, "/api/v1/statistics/summary?" + query)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    private long count(String token, String path, String json) throws Exception {
        String body = read(token, path)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, json)).longValue();
    }

    private ResultActions read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    private void act(String token, String ref, String action, String body) throws Exception {
        mvc.perform(post("/api/v1/dossiers/" + ref + "/" + action)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body == null ? "{}" : body))
                .andExpect(status().isOk());
    }

    private String submit() throws Exception {
        var procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        String body = mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"%s",
                                              "phone":"0912 345 678","email":"binh@example.vn","address":"Phường Hồng Sơn"},
                                 "deliveryMethod":"COUNTER",
                                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                                """.formatted(procedure.id(), center, idNumber)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
