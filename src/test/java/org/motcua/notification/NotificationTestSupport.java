package org.motcua.notification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * People and dossiers of a fresh run on the demo province's catalog (the water-drilling licence received at
 * the provincial center), driven through the dossier API as the applicant and the desk would.
 */
@AutoConfigureMockMvc
abstract class NotificationTestSupport {

    static final String PROCEDURE = "1.004253.000.00.19.H41";
    /** Sends at any hour: the tests run day and night. */
    static final String NO_QUIET_HOURS = "motcua.notification.quiet-from=00:00";

    static final String NO_QUIET_HOURS_END = "motcua.notification.quiet-until=00:00";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    ProcedureView procedure;
    UUID center;
    String run;
    String citizen;
    UUID citizenId;
    String desk;
    String admin;

    @BeforeEach
    void people() throws Exception {
        procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        run = UUID.randomUUID().toString().substring(0, 6);
        citizenId = person("cd-" + run, Set.of(Role.APPLICANT), Set.of());
        citizen = token("cd-" + run);
        person("tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        desk = token("tn-" + run);
        person("qt-" + run, Set.of(Role.ADMIN), Set.of());
        admin = token("qt-" + run);
    }

    UUID person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, "mật-khẩu", "Người " + username, roles);
        users.assignAgencies(user.id(), agencies);
        return user.id();
    }

    String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"mật-khẩu\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    /** A random ID number, so that applicants of different tests never meet. */
    String idNumber() {
        return "0400" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
    }

    /** A random mobile number as a person types it ("0912 345 678"). */
    String phone() {
        String digits = String.format(
                "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        return "09" + digits.substring(0, 1) + " " + digits.substring(1, 4) + " " + digits.substring(4);
    }

    /** Submits online as the citizen with this phone and e-mail, and receives it at the desk: the code. */
    String receivedDossier(String phone, String email) throws Exception {
        String application = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"%s",
                              "phone":%s,"email":%s,"address":"Phường Hồng Sơn"},
                 "deliveryMethod":"COUNTER",
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                """.formatted(
                        procedure.id(),
                        center,
                        idNumber(),
                        phone == null ? "null" : "\"" + phone + "\"",
                        email == null ? "null" : "\"" + email + "\"");
        String submitted = mvc.perform(post("/api/v1/dossiers")
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
        return mvc.perform(post("/api/v1/dossiers/" + ref + "/" + action)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    /** The statuses of the messages of one trigger about a dossier, by channel. */
    List<String> messages(String dossierCode, Trigger trigger) {
        return jdbc.sql("""
                        select channel || ':' || status from notification.message
                         where dossier_code = ? and trigger = ? order by channel""")
                .params(dossierCode, trigger.name())
                .query(String.class)
                .list();
    }
}
