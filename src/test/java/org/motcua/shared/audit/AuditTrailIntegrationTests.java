package org.motcua.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.audit.AuditChain.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The audit trail end to end on the demo province: reads and changes of dossiers and accounts recorded
 * with who, when and from where; the chain sealed, anchored per day, checked, and a tampered row named.
 * The sealer's schedule is set to an hour so that each test seals when it chooses.
 */
@SpringBootTest(properties = {"motcua.demo=true", "motcua.audit.seal-interval=1h"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    @Order(1)
    void pastDaysGetAnAnchorThatAPrintedValueIsComparedWith() {
        assertThat(jdbc.queryForObject("select count(*) from shared.audit_entry", Long.class))
                .as("nothing sealed before this test")
                .isZero();
        LocalDate today = jdbc.queryForObject(
                "select (clock_timestamp() at time zone 'Asia/Ho_Chi_Minh')::date", LocalDate.class);
        // Three entries sealed on the two days before, as the sealer wrote them then.
        byte[] previous = AuditEntry.GENESIS;
        LocalDate[] days = {today.minusDays(2), today.minusDays(1), today.minusDays(1)};
        for (int i = 0; i < days.length; i++) {
            AuditEntry e = new AuditEntry(
                    i + 1,
                    days[i],
                    days[i].atTime(10, 0).atZone(org.motcua.shared.Vietnam.ZONE).toInstant(),
                    "tiepnhan",
                    AuditTrail.READ,
                    AuditTrail.DOSSIER,
                    "000.00.01.H41-000000-000" + i,
                    null,
                    "001099000001",
                    "10.0.0." + i,
                    null,
                    null,
                    null);
            previous = e.link(previous);
            insert(e.withHash(previous));
        }

        chain.seal();

        List<AuditChain.Anchor> anchors = chain.anchors(null, null);
        assertThat(anchors).extracting(AuditChain.Anchor::day).containsExactly(days[0], days[1]);
        AuditChain.Anchor yesterday = anchors.get(1);
        assertThat(yesterday.entries()).isEqualTo(2);
        assertThat(yesterday.anchor()).isEqualTo(java.util.HexFormat.of().formatHex(previous));
        AuditChain.Verification whole = chain.verify(null, null);
        assertThat(whole.intact()).as(whole.toString()).isTrue();
        assertThat(whole.anchors()).isEqualTo(2);
        assertThat(whole.firstSeq()).isEqualTo(1);
        assertThat(whole.entries()).isGreaterThanOrEqualTo(3);

        // The value printed yesterday, typed back with spaces as it was printed in two halves.
        String printed =
                yesterday.anchor().substring(0, 32) + " " + yesterday.anchor().substring(32);
        assertThat(chain.verify(null, null, days[1], printed.toUpperCase()).intact())
                .isTrue();
        AuditChain.Verification other = chain.verify(null, null, days[1], "ab".repeat(32));
        assertThat(other.broken().reason()).isEqualTo(Reason.ANCHOR_DIFFERS);
        assertThat(other.broken().seq()).isEqualTo(3);
        // checking from yesterday on trusts the hash of the day before's last entry
        assertThat(chain.verify(days[1], null).firstSeq()).isEqualTo(2);
        assertThat(chain.verify(days[1], null).intact()).isTrue();
    }

    @Test
    @Order(2)
    void readsAndChangesOfDossiersAndAccountsSayWhoWhenAndFromWhere() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var center = jdbc.queryForObject("select id from catalog.agency where code = '000.00.01.H41'", UUID.class);
        var procedure = jdbc.queryForObject(
                "select id from catalog.procedure where code = '1.004253.000.00.19.H41'", UUID.class);
        users.create("cd-" + run, "mật-khẩu", "Võ Văn Bình", Set.of(Role.APPLICANT));
        String citizen = token("cd-" + run, "mật-khẩu");
        String admin = token("admin", "demo");
        String idNumber = "0400" + String.format("%08d", Math.abs(run.hashCode()) % 100_000_000);

        MvcResult submitted = mvc.perform(post("/api/v1/dossiers")
                        .with(from("198.51.100.20"))
                        .header("Authorization", "Bearer " + citizen)
                        .header("Idempotency-Key", run)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"%s",
                                              "phone":"0912 345 678","email":"binh@example.vn","address":"Phường Hồng Sơn"},
                                 "deliveryMethod":"COUNTER",
                                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                                """.formatted(procedure, center, idNumber)))
                .andExpect(status().isCreated())
                .andReturn();
        String reference = JsonPath.read(submitted.getResponse().getContentAsString(), "$.reference");
        // An administrator opens it twice (two requests) …
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/dossiers/" + reference)
                            .with(from("203.0.113.7"))
                            .header("Authorization", "Bearer " + admin))
                    .andExpect(status().isOk());
        }
        // … and the citizen opens its page, which reads the dossier and its history: one read.
        mvc.perform(get("/ho-so-cua-toi/" + reference)
                        .session(signIn("cd-" + run, "mật-khẩu"))
                        .with(from("198.51.100.20")))
                .andExpect(status().isOk());

        chain.seal();
        List<AuditEntry> onDossier = chain.latest(new AuditChain.Query(null, null, null, null, reference), 100);
        assertThat(onDossier)
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::address, AuditEntry::person)
                .containsExactly(
                        tuple("cd-" + run, "read", "198.51.100.20", idNumber),
                        tuple("admin", "read", "203.0.113.7", idNumber),
                        tuple("admin", "read", "203.0.113.7", idNumber),
                        tuple("cd-" + run, "submit", "198.51.100.20", idNumber));
        assertThat(onDossier).allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo(reference);
            assertThat(e.subjectType()).isEqualTo(AuditTrail.DOSSIER);
            assertThat(e.traceId()).hasSize(32);
            assertThat(e.at()).isBetween(Instant.now().minusSeconds(120), Instant.now());
        });

        // By whose data: the same entries, found by the applicant's ID number.
        assertThat(chain.latest(new AuditChain.Query(null, null, idNumber, null, null), 100))
                .hasSize(4);

        // An account shown and changed on the administration pages.
        MockHttpSession session = signIn("admin", "demo");
        UUID account = users.findByUsername("cd-" + run).orElseThrow().id();
        mvc.perform(get("/quan-tri/nguoi-dung/" + account).session(session).with(from("203.0.113.8")))
                .andExpect(status().isOk());
        mvc.perform(post("/quan-tri/nguoi-dung/" + account + "/khoa")
                        .session(session)
                        .with(csrf())
                        .with(from("203.0.113.8")))
                .andExpect(status().is3xxRedirection());
        chain.seal();
        assertThat(chain.latest(new AuditChain.Query(null, null, "cd-" + run, "admin", null), 10))
                .extracting(AuditEntry::action, AuditEntry::detail, AuditEntry::address)
                .startsWith(
                        // the page shown again after the lock (the redirect is not followed here)
                        tuple("account.changed", "locked", "203.0.113.8"), tuple("read", null, "203.0.113.8"));
        assertThat(chain.latest(new AuditChain.Query(null, null, "cd-" + run, null, null), 10))
                .extracting(AuditEntry::action)
                .contains("account.created");
        assertThat(chain.verify(null, null).intact()).isTrue();
    }

    @Test
    void aWorklistRecordsEachDossierItShowsAndAPublicLookUpRecordsItsAddress() throws Exception {
        var found = jdbc.queryForMap("""
                select code, applicant_id_number from dossier.dossier d
                 where code is not null and applicant_id_number is not null and status not in ('RETURNED', 'REFUSED',
                       'WITHDRAWN', 'STOPPED')
                   and receiving_center_id = (select id from catalog.agency where code = '000.00.01.H41')
                 order by code limit 1
                """);
        String code = (String) found.get("code");
        String idNumber = (String) found.get("applicant_id_number");

        mvc.perform(get("/api/v1/dossiers")
                        .param("view", "center")
                        .param("q", code)
                        .with(from("203.0.113.30"))
                        .header("Authorization", "Bearer " + token("giamdoc", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/public/dossiers/" + code + "/track")
                        .with(from("198.51.100.99"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isOk());

        chain.seal();
        assertThat(chain.latest(new AuditChain.Query(null, null, null, null, code), 100))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::address, AuditEntry::person)
                .contains(
                        tuple("giamdoc", AuditTrail.LIST, "203.0.113.30", idNumber),
                        tuple("anonymous", AuditTrail.READ, "198.51.100.99", idNumber));
    }

    @Test
    @Order(3)
    void theTrailRefusesUpdatesAndDeletes() {
        chain.seal();
        for (String change : List.of(
                "update shared.audit_entry set actor = 'someone' where seq = 1",
                "delete from shared.audit_entry where seq = 1",
                "truncate shared.audit_entry",
                "update shared.audit_anchor set entries = 0",
                "delete from shared.audit_anchor")) {
            assertThatThrownBy(() -> jdbc.update(change))
                    .as(change)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("the audit trail is append-only");
        }
    }

    @Test
    @Order(4)
    void aRowChangedBehindTheTriggersBackIsNamedAsTheFirstBrokenLink() throws Exception {
        chain.seal();
        long last = jdbc.queryForObject("select max(seq) from shared.audit_entry", Long.class);
        long tampered = last - 1;
        Map<String, Object> original = jdbc.queryForMap("select * from shared.audit_entry where seq = ?", tampered);
        asSuperuser("update shared.audit_entry set actor = 'nobody' where seq = " + tampered);
        try {
            AuditChain.Verification check = chain.verify(null, null);
            assertThat(check.intact()).isFalse();
            assertThat(check.broken().seq()).isEqualTo(tampered);
            assertThat(check.broken().reason()).isEqualTo(Reason.ALTERED);
            assertThat(check.entries()).as("the entries before it").isEqualTo(tampered - 1);

            // The API and the page say the same.
            String admin = token("admin", "demo");
            mvc.perform(get("/api/v1/admin/audit/verify").header("Authorization", "Bearer " + admin))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.broken.seq").value(tampered))
                    .andExpect(jsonPath("$.broken.reason").value("ALTERED"));
            mvc.perform(get("/quan-tri/nhat-ky/kiem-tra").session(signIn("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString("Chuỗi bị đứt tại mục số " + tampered + ".")));
        } finally {
            asSuperuser(
                    "update shared.audit_entry set actor = '" + original.get("actor") + "' where seq = " + tampered);
        }
        assertThat(chain.verify(null, null).intact()).isTrue();

        // A row deleted: the gap is named.
        Map<String, Object> removed = jdbc.queryForMap("select * from shared.audit_entry where seq = ?", tampered);
        asSuperuser("delete from shared.audit_entry where seq = " + tampered);
        try {
            AuditChain.Verification check = chain.verify(null, null);
            assertThat(check.broken().seq()).isEqualTo(tampered);
            assertThat(check.broken().reason()).isEqualTo(Reason.MISSING);
        } finally {
            List<String> columns = List.copyOf(removed.keySet());
            jdbc.update(
                    "insert into shared.audit_entry (" + String.join(", ", columns) + ") values ("
                            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")",
                    columns.stream().map(removed::get).toArray());
        }
        assertThat(chain.verify(null, null).intact()).isTrue();
    }

    @Test
    @Order(5)
    void inspectorsExportByPersonDossierAndPeriodAsCsvAndExcel() throws Exception {
        chain.seal();
        String admin = token("admin", "demo");
        LocalDate today = LocalDate.now(org.motcua.shared.Vietnam.ZONE);
        MvcResult done = mvc.perform(get("/api/v1/admin/audit/export")
                        .param("format", "csv")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .param("actor", "admin")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn();
        String text = new String(done.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSố thứ tự,Thời điểm,Người thực hiện");
        List<String> lines = text.lines().skip(1).toList();
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.split(",")[2]).isEqualTo("admin"));

        byte[] book = mvc.perform(get("/quan-tri/nhat-ky/xuat")
                        .param("dinhDang", "xlsx")
                        .param("canBo", "admin")
                        .session(signIn("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số thứ tự");
            assertThat(sheet.getLastRowNum()).isPositive();
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("admin");
        }
        // Each export is itself recorded.
        chain.seal();
        assertThat(chain.latest(new AuditChain.Query(null, null, null, "admin", null), 5))
                .extracting(AuditEntry::action)
                .contains("export.csv", "export.xlsx");
        // An officer who is neither administrator nor inspector is refused.
        mvc.perform(get("/api/v1/admin/audit/verify").header("Authorization", "Bearer " + token("tiepnhan", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quan-tri/nhat-ky").session(signIn("tiepnhan", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quan-tri/nhat-ky").session(signIn("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"anchors\"")));
    }

    private void insert(AuditEntry e) {
        jdbc.update(
                "insert into shared.audit_entry (seq, chain_day, at, actor, action, subject_type, subject,"
                        + " subject_alias, person, address, trace_id, detail, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.seq(),
                e.chainDay(),
                Timestamp.from(e.at()),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subject(),
                e.subjectAlias(),
                e.person(),
                e.address(),
                e.traceId(),
                e.detail(),
                e.hash());
    }

    /** As the database's superuser (the embedded server's {@code postgres}), behind the trigger's back. */
    private void asSuperuser(String statement) {
        jdbc.execute("alter table shared.audit_entry disable trigger audit_entry_append_only");
        try {
            jdbc.execute(statement);
        } finally {
            jdbc.execute("alter table shared.audit_entry enable trigger audit_entry_append_only");
        }
    }

    private String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
