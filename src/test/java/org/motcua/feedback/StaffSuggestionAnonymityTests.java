package org.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An anonymous suggestion cannot be tied to its sender even with the whole database and the logs: after an
 * officer sends one over real HTTP, as the form does, no row of any table of any schema written or changed
 * by the sending, and no log line of it, holds the officer's account id, user name, display name or
 * address; the request log is on (INFO) for the test, and shows a control request, so silence is proof.
 */
@SpringBootTest(properties = "motcua.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class StaffSuggestionAnonymityTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    StaffSuggestions suggestions;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Every row of every table of the application's schemas, as text. */
    private Set<String> everyRow() {
        List<String> tables = jdbc.sql("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                         where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""").query(String.class).list();
        assertThat(tables).contains("feedback.staff_suggestion", "shared.audit_staged", "identity.user_account");
        Set<String> rows = new HashSet<>();
        for (String table : tables) {
            rows.addAll(jdbc.sql("select '" + table + ": ' || t::text from " + table + " t")
                    .query(String.class)
                    .list());
        }
        return rows;
    }

    @Test
    void nothingWrittenOrLoggedWhenAnOfficerSendsASuggestionNamesTheOfficer(CapturedOutput output) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        CurrentUser officer =
                users.create("bimat-" + run, "mật-khẩu", "Nguyễn Bí Mật " + run, Set.of(Role.RECEPTION_OFFICER));
        users.assignAgencies(officer.id(), Set.of(center));

        // The form is opened signed in (the API's bearer token here): the ballot.
        String token = JsonPath.read(
                send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"bimat-" + run + "\",\"password\":\"mật-khẩu\"}")))
                        .body(),
                "$.access_token");
        String ballot = JsonPath.read(
                send(HttpRequest.newBuilder(uri("/api/v1/staff-suggestions/ballot"))
                                .header("Authorization", "Bearer " + token))
                        .body(),
                "$.ballot");
        audit.flush();

        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("motcua.request", LogLevel.INFO);
        try {
            Set<String> before = everyRow();
            int logStart = output.length();
            String text = "Quầy số 3 thiếu ghế chờ cho người cao tuổi " + run;
            // Sent as the page's form sends it: form-encoded, to the box, with the session cookie a browser
            // would carry (ignored there) and no bearer token.
            HttpResponse<String> sent = send(HttpRequest.newBuilder(uri(StaffSuggestionController.BOX))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "SESSION=" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString("ballot=" + ballot + "&kind=SOFTWARE_FAULT&body="
                            + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))));
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).contains("id=\"sent\"");
            assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
            audit.flush();
            String sendingLog = output.toString().substring(logStart);

            // a control request: the request log is on and captured
            send(HttpRequest.newBuilder(uri("/api/v1/agencies")));
            Thread.sleep(200);
            assertThat(output.toString().substring(logStart)).contains("motcua.request");

            Set<String> after = everyRow();
            List<String> written = new ArrayList<>(after);
            written.removeAll(before);
            assertThat(written)
                    .as("rows written by the sending")
                    .anySatisfy(row -> assertThat(row)
                            .startsWith("feedback.staff_suggestion: ")
                            .contains(text));
            for (String identifying :
                    List.of(officer.id().toString(), "bimat-" + run, "Nguyễn Bí Mật " + run, "127.0.0.1", token)) {
                assertThat(written).as("rows written by the sending").noneMatch(row -> row.contains(identifying));
                assertThat(sendingLog).as("log of the sending").doesNotContain(identifying);
            }
            assertThat(sendingLog).doesNotContain("staff-suggestions");
            assertThat(written)
                    .filteredOn(row -> row.startsWith("feedback.staff_suggestion: "))
                    .singleElement()
                    .asString()
                    .doesNotContainPattern("\\d{2}:\\d{2}"); // the day only, no time
        } finally {
            logging.setLogLevel("motcua.request", LogLevel.WARN);
        }
        // and the table has no column that could hold a time
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns where table_schema = 'feedback'
                         and table_name = 'staff_suggestion' and data_type like '%time%'""").query(Long.class).single()).isZero();
    }

    private String ballotFor(String username) throws Exception {
        String token = JsonPath.read(
                send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"" + username + "\",\"password\":\"mật-khẩu\"}")))
                        .body(),
                "$.access_token");
        return JsonPath.read(
                send(HttpRequest.newBuilder(uri("/api/v1/staff-suggestions/ballot"))
                                .header("Authorization", "Bearer " + token))
                        .body(),
                "$.ballot");
    }

    private HttpResponse<String> sendJson(String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(StaffSuggestionController.BOX))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aMessageWithoutKindOrBallotOrWithASpentBallotIsRefusedWithProblemDetails() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        users.create("gy-" + run, "mật-khẩu", "Cán bộ " + run, Set.of(Role.SPECIALIST));
        String ballot = ballotFor("gy-" + run);

        HttpResponse<String> noKind = sendJson("{\"ballot\":\"" + ballot + "\",\"body\":\"Nội dung\"}");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(noKind.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat((String) JsonPath.read(noKind.body(), "$.code")).isEqualTo("feedback.invalid");
        assertThat((String) JsonPath.read(noKind.body(), "$.errors[0].field")).isEqualTo("kind");

        HttpResponse<String> forged = sendJson("{\"ballot\":\"" + ballot.substring(0, ballot.length() - 3)
                + "abc\",\"kind\":\"SUGGESTION\",\"body\":\"Nội dung\"}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat((String) JsonPath.read(forged.body(), "$.title")).isEqualTo("Phiếu góp ý không hợp lệ");

        String ok = "{\"ballot\":\"" + ballot + "\",\"kind\":\"SUGGESTION\",\"body\":\"Nên có thêm quạt\"}";
        assertThat(sendJson(ok).statusCode()).isEqualTo(202);
        HttpResponse<String> again = sendJson(ok);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(again.body(), "$.code")).isEqualTo("feedback.ballot_spent");
    }

    @Test
    void theSummaryShowsNoGroupOfFewerThanFive() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        users.create("gz-" + run, "mật-khẩu", "Cán bộ " + run, Set.of(Role.SPECIALIST));
        CurrentUser manager = users.create("ql-" + run, "mật-khẩu", "Lãnh đạo " + run, Set.of(Role.CENTER_MANAGER));
        users.assignAgencies(
                manager.id(),
                Set.of(catalog.agencyByCode("000.00.01.H41").orElseThrow().id()));
        for (int i = 0; i < 6; i++) {
            assertThat(sendJson("{\"ballot\":\"" + ballotFor("gz-" + run)
                                    + "\",\"kind\":\"SUGGESTION\",\"body\":\"Góp ý " + i + " " + run + "\"}")
                            .statusCode())
                    .isEqualTo(202);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(sendJson("{\"ballot\":\"" + ballotFor("gz-" + run)
                                    + "\",\"kind\":\"COMPLAINT\",\"body\":\"Phản ánh " + i + " " + run + "\"}")
                            .statusCode())
                    .isEqualTo(202);
        }
        String today = java.time.LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString();
        StaffSuggestions.Report report =
                suggestions.report(manager, java.time.LocalDate.parse(today), java.time.LocalDate.parse(today));
        assertThat(report.groups())
                .filteredOn(g -> g.kind() == SuggestionKind.COMPLAINT)
                .singleElement()
                .satisfies(g -> assertThat(g.count()).isNull());
        assertThat(report.groups())
                .filteredOn(g -> g.kind() == SuggestionKind.SUGGESTION)
                .singleElement()
                .satisfies(g -> assertThat(g.count()).isGreaterThanOrEqualTo(6));
        assertThat(report.messages()).noneMatch(m -> m.kind() == SuggestionKind.COMPLAINT);
        assertThat(report.messages())
                .filteredOn(m -> m.kind() == SuggestionKind.SUGGESTION)
                .singleElement()
                .satisfies(m -> assertThat(m.bodies()).contains("Góp ý 0 " + run, "Góp ý 5 " + run));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> suggestions.report(
                        users.findByUsername("gz-" + run).orElseThrow(),
                        java.time.LocalDate.parse(today),
                        java.time.LocalDate.parse(today)))
                .isInstanceOf(org.motcua.shared.DomainException.class);
    }
}
