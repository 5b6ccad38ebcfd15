package org.motcua.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The rating rules through the API: who may rate which dossier, when, and what a bad rating gets back. */
class RatingsControllerTests extends SatisfactionTestSupport {

    private static final String SATISFIED = "{\"grade\":\"SATISFIED\",\"attitude\":\"VERY_SATISFIED\"}";

    private ResultActions rateAsApplicant(String token, String code, String body) throws Exception {
        return mvc.perform(put("/api/v1/ratings/" + code)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions rateByLink(String linkToken, String body) throws Exception {
        return mvc.perform(put("/api/v1/public/ratings/" + linkToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theApplicantRatesTheirReturnedDossierOnceRecordingTheOfficerAndMayChangeItWithinTheWindow() throws Exception {
        String citizen = citizen("dg-a-" + UUID.randomUUID().toString().substring(0, 6));
        CurrentUser officer = officer("dg-o-" + UUID.randomUUID().toString().substring(0, 6));
        String id = apply(citizen, "040190002001");
        String code = returnAtOnce(id, officer);

        rateAsApplicant(citizen, code, SATISFIED)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("SATISFIED"))
                .andExpect(jsonPath("$.attitude").value("VERY_SATISFIED"))
                .andExpect(jsonPath("$.officerId").value(officer.id().toString()))
                .andExpect(jsonPath("$.source").value("PORTAL"))
                .andExpect(jsonPath("$.revision").value(1));
        // changed within the window: still one rating, the new grade, revision 2
        rateAsApplicant(citizen, code, "{\"grade\":\"VERY_SATISFIED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("VERY_SATISFIED"))
                .andExpect(jsonPath("$.revision").value(2));
        assertThat(jdbc.sql("select count(*) from satisfaction.rating where dossier_id = ?")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // once the window (24 h) is over, the rating stands
        jdbc.sql("update satisfaction.rating set first_rated_at = first_rated_at - interval '25 hours'"
                        + " where dossier_id = ?")
                .param(UUID.fromString(id))
                .update();
        rateAsApplicant(citizen, code, SATISFIED)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("satisfaction.already_rated"))
                .andExpect(jsonPath("$.title").value("Hồ sơ đã được đánh giá"));
        mvc.perform(get("/api/v1/ratings/" + code).header("Authorization", "Bearer " + citizen))
                .andExpect(jsonPath("$.rating.grade").value("VERY_SATISFIED"))
                .andExpect(jsonPath("$.changeable").value(false));
    }

    @Test
    void aDossierNotYetReturnedOrSomeoneElsesCannotBeRated() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String citizen = citizen("dg-b-" + run);
        String other = citizen("dg-c-" + run);
        String id = apply(citizen, "040190002002");
        // submitted, not returned: no rating yet (the dossier has no code yet: its id stands for it)
        rateAsApplicant(citizen, id, SATISFIED)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("satisfaction.not_returned"));
        String code = returnAtOnce(id, officer("dg-d-" + run));
        rateAsApplicant(other, code, SATISFIED)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("satisfaction.dossier_not_found"));
    }

    @Test
    void aBadRatingIsRefusedWithTheFieldsNamedInVietnameseAndEnglish() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String citizen = citizen("dg-e-" + run);
        String code = returnAtOnce(apply(citizen, "040190002003"), officer("dg-f-" + run));
        rateAsApplicant(citizen, code, "{\"grade\":\"NOT_SATISFIED\",\"reason\":\"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("satisfaction.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].code").value("satisfaction.reason_required"))
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng cho biết lý do Ông/Bà chưa hài lòng."));
        mvc.perform(put("/api/v1/ratings/" + code)
                        .header("Authorization", "Bearer " + citizen)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("The rating is not complete"))
                .andExpect(jsonPath("$.errors[0].field").value("grade"));
        rateAsApplicant(citizen, code, "{\"grade\":\"SO_SO\"}").andExpect(status().isBadRequest());
        rateAsApplicant(citizen, code, "{\"grade\":\"SATISFIED\",\"reason\":\"" + "x".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        // nothing half-written
        mvc.perform(get("/api/v1/ratings/" + code).header("Authorization", "Bearer " + citizen))
                .andExpect(jsonPath("$.rating").doesNotExist());
    }

    @Test
    void theSignedLinkRatesWithoutSignInAndAForgedOrExpiredLinkIsRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String id = apply(citizen("dg-g-" + run), "040190002004");
        returnAtOnce(id, officer("dg-h-" + run));
        String token = links.token(UUID.fromString(id));

        mvc.perform(get("/api/v1/public/ratings/" + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossierId").value(id))
                .andExpect(jsonPath("$.changeable").value(true));
        rateByLink(token, "{\"grade\":\"NOT_SATISFIED\",\"reason\":\"Chờ lâu\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("LINK"));

        // the signature of another dossier, a changed payload, an expired link
        String other = links.token(UUID.randomUUID());
        String forged = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));
        rateByLink(forged, SATISFIED)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("satisfaction.link_invalid"));
        rateByLink("not-a-token", SATISFIED).andExpect(status().isNotFound());
        // a valid link to a dossier never returned
        rateByLink(other, SATISFIED)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("satisfaction.not_returned"));
    }

    @Test
    void theCounterTabletOffersTheDossierItsOfficerJustReturnedAndNoOther() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser officer = officer("dg-i-" + run);
        CounterView counter = counterWith(officer);
        String key = links.counterKey(counter.id());
        String path = "/api/v1/public/counters/" + counter.id() + "/rating";

        mvc.perform(get(path).param("key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(counter.number()))
                .andExpect(jsonPath("$.current").doesNotExist());
        mvc.perform(get(path).param("key", "forged")).andExpect(status().isNotFound());

        String id = apply(citizen("dg-j-" + run), "040190002005");
        String code = returnAtOnce(id, officer);
        mvc.perform(get(path).param("key", key))
                .andExpect(jsonPath("$.current.code").value(code))
                .andExpect(jsonPath("$.current.officerName").value(officer.displayName()));
        // a dossier the counter did not just return is not rated from it
        mvc.perform(put(path)
                        .param("key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dossierId\":\"" + UUID.randomUUID() + "\",\"grade\":\"SATISFIED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("satisfaction.not_at_counter"));
        mvc.perform(put(path)
                        .param("key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dossierId\":\"" + id + "\",\"grade\":\"VERY_SATISFIED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("COUNTER"))
                .andExpect(jsonPath("$.officerId").value(officer.id().toString()));

        // the statistics count it for the officer who returned the result (through the event registry)
        String manager = token(person(
                        "dg-k-" + run,
                        java.util.Set.of(org.motcua.identity.Role.CENTER_MANAGER),
                        java.util.Set.of(communeCenter()))
                .username());
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until
                && jdbc.sql("select count(*) from statistics.rating_fact where dossier_id = ?")
                                .param(UUID.fromString(id))
                                .query(Long.class)
                                .single()
                        == 0) {
            Thread.sleep(50);
        }
        mvc.perform(get("/api/v1/statistics/satisfaction")
                        .header("Authorization", "Bearer " + manager)
                        .param("from", today)
                        .param("to", today)
                        .param("groupBy", "officer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.key == '" + officer.username() + "')].figures.verySatisfied")
                        .value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.rows[?(@.key == '" + officer.username() + "')].figures.satisfactionRate")
                        .value(org.hamcrest.Matchers.contains(1.0)));
        mvc.perform(get("/api/v1/statistics/satisfaction")
                        .header("Authorization", "Bearer " + manager)
                        .param("from", today)
                        .param("to", today)
                        .param("groupBy", "channel"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.unknown_group"));
    }
}
