package org.motcua.satisfaction;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CounterDraft;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application with the demo catalog (the same context as the dossier API tests). Returned dossiers are
 * made the quickest lawful way: a citizen applies online for a certification of the demo commune, and an
 * officer with delegated authority handles it "4 tại chỗ" (received, approved and returned in one sitting).
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
abstract class SatisfactionTestSupport {

    static final String CERTIFICATION = "2.000815.000.00.50.H41";
    private static final AtomicInteger COUNTER_NUMBERS = new AtomicInteger(700);

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ratings ratings;

    @Autowired
    RatingLinks links;

    UUID commune() {
        return catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
    }

    UUID communeCenter() {
        return catalog.agencyByCode("000.01.50.H41").orElseThrow().id();
    }

    CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        CurrentUser user = users.create(username, "mật-khẩu", "Người " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    /** A citizen account; its bearer token. */
    String citizen(String username) throws Exception {
        person(username, Set.of(Role.APPLICANT), Set.of());
        return token(username);
    }

    /** A desk officer of the demo commune who may hand a certification over in one sitting. */
    CurrentUser officer(String username) {
        return person(username, Set.of(Role.RECEPTION_OFFICER, Role.AGENCY_LEADER), Set.of(commune()));
    }

    /** A counter of the commune's center with {@code officer} seated at it. */
    CounterView counterWith(CurrentUser officer) {
        int number = COUNTER_NUMBERS.incrementAndGet();
        return catalogAdministration.saveCounter(
                communeCenter(),
                null,
                new CounterDraft(number, "Quầy " + number, Set.of(commune()), Set.of(), Set.of(officer.id())));
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

    /** A citizen's online application for a certification; its id. */
    String apply(String citizenToken, String idNumber) throws Exception {
        var procedure = catalog.procedureByCode(CERTIFICATION).orElseThrow();
        String body = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Trần Thị Hoa","idType":"CCCD","idNumber":"%s",
                              "email":"hoa@example.vn"},
                 "deliveryMethod":"COUNTER",
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL"},{"requiredOrder":2,"form":"COPY","quantity":3}]}
                """.formatted(procedure.id(), communeCenter(), idNumber);
        String created = mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizenToken)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    /** Received, approved and returned in one sitting by {@code officer}; the dossier's code. */
    String returnAtOnce(String dossierId, CurrentUser officer) throws Exception {
        var response = mvc.perform(
                        post("/api/v1/dossiers/" + dossierId + "/four-on-site")
                                .header("Authorization", "Bearer " + token(officer.username()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"recipientName\":\"Trần Thị Hoa\",\"idNumber\":\"040190001201\",\"relationship\":\"Người được ủy quyền\"}"))
                .andReturn()
                .getResponse();
        String done = response.getContentAsString();
        if (response.getStatus() != 200) {
            throw new AssertionError("four-on-site answered " + response.getStatus() + ": " + done);
        }
        awaitRateable(UUID.fromString(dossierId));
        return JsonPath.read(done, "$.code");
    }

    /** The return event reaches this module after the commit, on the listeners' threads. */
    void awaitRateable(UUID dossierId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            Long n = jdbc.sql("select count(*) from satisfaction.rateable where dossier_id = ?")
                    .param(dossierId)
                    .query(Long.class)
                    .single();
            if (n > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("dossier " + dossierId + " never became rateable");
    }
}
