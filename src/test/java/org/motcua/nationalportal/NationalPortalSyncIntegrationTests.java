package org.motcua.nationalportal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every dossier event reaches the portal (WireMock) once and in order per dossier: the dossier with its
 * status, and a progress entry with the time as {@code yyyyMMddHHmmss} in Vietnam time; errors are retried
 * with back-off, answers of HTTP 200 with an error in the body included, and an outage of an hour loses
 * nothing.
 */
class NationalPortalSyncIntegrationTests extends NationalPortalTestSupport {

    @Autowired
    NationalPortal nationalPortal;

    /** receive, forward ×3, approve, resolve, return-result: the portal statuses 2, 4, 4, 4, 4, 9, 10. */
    String throughToTheResult() throws Exception {
        String code = receivedDossier();
        act(desk, code, "forward", null).andExpect(status().isOk());
        act(specialist, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "approve", null).andExpect(status().isOk());
        act(leader, code, "resolve", null).andExpect(status().isOk());
        act(desk, code, "return-result", "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"" + idNumber + "\"}")
                .andExpect(status().isOk());
        return code;
    }

    @Test
    void pushesTheDossierOnReceiptAndEveryProgressChangeInOrderWithVietnamTimes() throws Exception {
        portalAnswersOk();
        advance(Duration.ofMinutes(1));
        String now =
                PortalTime.format(java.time.LocalDateTime.ofInstant(clock.instant(), org.motcua.shared.Vietnam.ZONE));
        String code = throughToTheResult();
        recorded(code, 7);

        pusher.pushDue();

        var dossiers = calls("DongBoHoSoMC", code);
        var progress = calls("CapNhatTienDoHoSoMC", code);
        assertThat(field(dossiers, "$.data[0].TrangThaiHoSo")).containsExactly("2", "4", "4", "4", "4", "9", "10");
        assertThat(field(progress, "$.data[0].TrangThai")).containsExactly("2", "4", "4", "4", "4", "9", "10");
        assertThat(field(dossiers, "$.isUpdating"))
                .containsExactly("False", "True", "True", "True", "True", "True", "True");
        assertThat(field(dossiers, "$.data[0].MaTTHC")).containsOnly("1.004253");
        assertThat(field(dossiers, "$.data[0].ChuHoSo")).containsOnly("Võ Văn Bình");
        assertThat(field(dossiers, "$.madonvi")).containsOnly("000.00.01.H41");
        // One login, its session reused for every call (whichever test logged in first).
        assertThat(new java.util.HashSet<>(field(dossiers, "$.session"))).hasSize(1);
        // The test's clock stands still (on 1 March 2027, Vietnam time) while the dossier goes through.
        assertThat(now).startsWith("20270301").hasSize(14);
        assertThat(field(progress, "$.data[0].ThoiDiemXuLy")).containsOnly(now);
        assertThat(field(dossiers, "$.data[0].NgayTiepNhan")).containsOnly(now);
        assertThat(field(progress, "$.data[0].NoiDungXuLy").getFirst()).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(field(progress, "$.data[0].NoiDungXuLy").getLast()).isEqualTo("Trả kết quả");
        assertThat(dossiers).allSatisfy(r -> assertThat(r.getHeader("dstcode")).isEqualTo("DVCQG"));

        // Pushed again (an event handed over twice), nothing more goes out.
        assertThat(pusher.pushDue()).isZero();
        assertThat(calls("CapNhatTienDoHoSoMC", code)).hasSize(7);
        read(desk, "/api/v1/national-portal/dossiers/" + code + "/sync")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(7))
                .andExpect(jsonPath("$.lastSentStatus").value(10))
                .andExpect(jsonPath("$.summary").value("SYNCED"));
    }

    @Test
    void thePortalDownForAnHourLosesNothingAndEveryUpdateArrivesOnceInOrderAfterwards() throws Exception {
        portalIsDown();
        advance(Duration.ofMinutes(1));
        String code = receivedDossier();
        act(desk, code, "forward", null).andExpect(status().isOk());
        recorded(code, 2);
        pusher.pushDue();
        read(desk, "/api/v1/national-portal/dossiers/" + code + "/sync")
                .andExpect(jsonPath("$.summary").value("RETRYING"))
                .andExpect(jsonPath("$.waiting").value(2))
                .andExpect(jsonPath("$.lastError").value(org.hamcrest.Matchers.containsString("503")));

        // An hour of outage: the pusher keeps trying every five minutes while officers keep working.
        for (int minute = 5; minute <= 60; minute += 5) {
            advance(Duration.ofMinutes(5));
            if (minute == 20) {
                act(specialist, code, "forward", null).andExpect(status().isOk());
            }
            if (minute == 40) {
                act(leader, code, "forward", null).andExpect(status().isOk());
                act(leader, code, "approve", null).andExpect(status().isOk());
            }
            pusher.pushDue();
        }
        recorded(code, 5);
        assertThat(jdbc.sql(
                                "select count(*) from national_portal.sync_update where dossier_code = ? and status = 'SENT'")
                        .params(code)
                        .query(Integer.class)
                        .single())
                .isZero();
        // The back-off stayed bounded: a handful of attempts in the hour, no storm.
        assertThat(calls("DongBoHoSoMC", code)).hasSizeBetween(4, 12);

        portal.resetRequests();
        portalAnswersOk();
        advance(Duration.ofMinutes(10));
        pusher.pushDue();

        assertThat(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].TrangThai"))
                .containsExactly("2", "4", "4", "4", "4");
        assertThat(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].NoiDungXuLy"))
                .containsExactly(
                        "Tiếp nhận hồ sơ", "Chuyển bước xử lý", "Chuyển bước xử lý", "Chuyển bước xử lý", "Phê duyệt");
        // Each progress entry keeps the time it happened, not the time it was sent.
        assertThat(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].ThoiDiemXuLy")
                        .getLast())
                .isEqualTo(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].ThoiDiemXuLy")
                        .get(3));
        assertThat(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].ThoiDiemXuLy")
                        .getFirst())
                .isLessThan(field(calls("CapNhatTienDoHoSoMC", code), "$.data[0].ThoiDiemXuLy")
                        .getLast());
        read(desk, "/api/v1/national-portal/dossiers/" + code + "/sync")
                .andExpect(jsonPath("$.summary").value("SYNCED"))
                .andExpect(jsonPath("$.sent").value(5));
    }

    @Test
    void anErrorInAnHttp200AnswerIsRetriedFailsAfterTheLimitAndTheAdministratorsRetrySendsIt() throws Exception {
        portalAnswersOk();
        advance(Duration.ofMinutes(1));
        String refused = receivedDossier();
        String other = receivedDossier();
        // The portal refuses the first dossier with HTTP 200 and an error in the body, and takes the other.
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[0].MaHoSo", equalTo(refused)))
                .willReturn(okJson("{\"error_code\":\"-1\",\"message\":\"Mã TTHC chưa được công bố\"}")));
        recorded(refused, 1);
        recorded(other, 1);

        pusher.pushDue();
        assertThat(calls("CapNhatTienDoHoSoMC", other)).hasSize(1);
        assertThat(calls("CapNhatTienDoHoSoMC", refused)).isEmpty();
        read(desk, "/api/v1/national-portal/dossiers/" + refused + "/sync")
                .andExpect(jsonPath("$.summary").value("RETRYING"))
                .andExpect(jsonPath("$.lastError")
                        .value(org.hamcrest.Matchers.containsString("Mã TTHC chưa được công bố")));
        // A later update of the refused dossier waits behind it.
        act(desk, refused, "forward", null).andExpect(status().isOk());
        recorded(refused, 2);

        // 30 s, then 1 min, then 2 min: the fourth failure gives up (give-up-after=4).
        for (int i = 0; i < 3; i++) {
            advance(Duration.ofMinutes(5));
            pusher.pushDue();
        }
        assertThat(calls("DongBoHoSoMC", refused)).hasSize(4);
        String problems = read(admin, "/api/v1/national-portal/sync-problems")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = com.jayway.jsonpath.JsonPath.read(
                problems, "$[?(@.dossierCode == '" + refused + "' && @.status == 'FAILED')].id");
        assertThat(ids).hasSize(1);
        read(desk, "/api/v1/national-portal/sync-problems").andExpect(status().isForbidden());
        advance(Duration.ofHours(2));
        pusher.pushDue();
        assertThat(calls("DongBoHoSoMC", refused)).hasSize(4);

        portal.resetAll();
        answerLogin();
        portalAnswersOk();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/national-portal/sync-problems/" + ids.getFirst() + "/retry")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isNoContent());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/national-portal/sync-problems/999999999/retry")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("nationalportal.update_not_found"));
        pusher.pushDue();
        assertThat(field(calls("CapNhatTienDoHoSoMC", refused), "$.data[0].TrangThai"))
                .containsExactly("2", "4");
    }

    @Test
    void aSessionThePortalNoLongerKnowsIsRenewedAndTheCallRepeatedOnce() throws Exception {
        portal.stubFor(
                post(urlEqualTo("/dvcqg/auth")).willReturn(okJson("{\"error_code\":\"0\",\"session\":\"phien-2\"}")));
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .withRequestBody(matchingJsonPath("$.session", equalTo("phien-1")))
                .willReturn(okJson("{\"error_code\":\"1\",\"message\":\"Session khong hop le\"}")));
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .withRequestBody(matchingJsonPath("$.session", equalTo("phien-2")))
                .willReturn(okJson("{\"error_code\":0}")));
        advance(Duration.ofMinutes(1));
        String code = receivedDossier();
        recorded(code, 1);
        // The pusher still holds the session of an earlier test (phien-1), unless ten minutes passed.
        pusher.pushDue();
        assertThat(field(calls("CapNhatTienDoHoSoMC", code), "$.session")).containsExactly("phien-2");
    }

    @Test
    void theDailyReconciliationListsDossiersThePortalLacksOrHoldsInAnotherStatus() throws Exception {
        portalAnswersOk();
        advance(Duration.ofMinutes(1));
        String missing = receivedDossier();
        String differs = receivedDossier();
        String same = receivedDossier();
        recorded(same, 1);
        recorded(missing, 1);
        recorded(differs, 1);
        pusher.pushDue();
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo")))
                .willReturn(okJson("{\"error_code\":\"0\",\"result\":[{\"MaHoSo\":\"x\",\"TrangThaiHoSo\":\"2\"}]}")));
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.mahoso", equalTo(missing)))
                .willReturn(okJson("{\"error_code\":\"0\",\"result\":[]}")));
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.mahoso", equalTo(differs)))
                .willReturn(okJson("{\"error_code\":\"0\",\"result\":[{\"MaHoSo\":\"x\",\"TrangThaiHoSo\":\"1\"}]}")));
        advance(Duration.ofHours(1));

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/national-portal/reconciliation")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/v1/national-portal/differences").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>)
                        com.jayway.jsonpath.JsonPath.read(body, "$[?(@.dossierCode == '" + missing + "')].kind"))
                .containsExactly("MISSING");
        assertThat((List<Integer>)
                        com.jayway.jsonpath.JsonPath.read(body, "$[?(@.dossierCode == '" + differs + "')].theirs"))
                .containsExactly(1);
        assertThat((List<Object>) com.jayway.jsonpath.JsonPath.read(body, "$[?(@.dossierCode == '" + same + "')]"))
                .isEmpty();
    }
}
