package org.motcua.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.PublicTracking;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A result sent by post, end to end, with WireMock playing ViettelPost (the provincial center's account)
 * and VNPost (polled): the order created once under our reference and the return recorded through the
 * dossier's door; callbacks with the shared token (duplicates, a bad token, an unknown order, a report older
 * than the state); a failed delivery back at the counter and sent again; a refused address and a timeout
 * that leave nothing half-written; an order the carrier made but we never heard of, recovered from its
 * callback; public tracking showing the parcel.
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.postal.poll-every=1h",
            "motcua.postal.accounts.vtp.carrier=VIETTELPOST",
            "motcua.postal.accounts.vtp.username=motcua-hl",
            "motcua.postal.accounts.vtp.password=mật-khẩu",
            "motcua.postal.accounts.vtp.customer-code=11223",
            "motcua.postal.accounts.vtp.callback-token=vtp-secret",
            "motcua.postal.accounts.vtp.timeout=2s",
            "motcua.postal.accounts.vnp.carrier=VNPOST",
            "motcua.postal.accounts.vnp.username=motcua-hl",
            "motcua.postal.accounts.vnp.password=mật-khẩu",
            "motcua.postal.accounts.vnp.timeout=1s",
            "motcua.postal.centers[000.00.01.H41]=vtp"
        })
@AutoConfigureMockMvc
class PostalIntegrationTests {

    static final WireMockServer carriers = new WireMockServer(options().dynamicPort());

    static {
        carriers.start();
    }

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("motcua.postal.accounts.vtp.base-url", () -> carriers.baseUrl() + "/vtp");
        registry.add("motcua.postal.accounts.vnp.base-url", () -> carriers.baseUrl() + "/vnp");
    }

    @AfterAll
    static void stop() {
        carriers.stop();
    }

    static final String ADDRESS = "Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Postal postal;

    @Autowired
    Shipments shipments;

    @Autowired
    PublicTracking tracking;

    @Autowired
    JdbcClient jdbc;

    CurrentUser desk;
    CurrentUser specialist;
    CurrentUser leader;
    UUID center;
    UUID procedure;
    String run;
    int applicants;

    @BeforeEach
    void people() {
        carriers.resetAll();
        stubViettelPost();
        procedure =
                catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow().id();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        UUID department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        run = UUID.randomUUID().toString().substring(0, 6);
        desk = person("tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        specialist = person("cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        leader = person("ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department));
    }

    CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, "mật-khẩu-thử", "Cán bộ " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    String idNumber() {
        return "0410" + String.format("%08d", (Math.abs(run.hashCode()) + ++applicants) % 100_000_000);
    }

    /** A dossier registered at the counter with postal return to this address, approved and resolved. */
    DossierView resolvedByPost(String name, String idNumber, String address) {
        DossierView d = dossiers.submit(
                new Submit(
                        procedure,
                        Channel.COUNTER,
                        center,
                        new Applicant(
                                Applicant.ApplicantType.CITIZEN,
                                name,
                                Applicant.IdType.CCCD,
                                idNumber,
                                null,
                                null,
                                "0912345678",
                                null,
                                address),
                        null,
                        DeliveryMethod.POSTAL,
                        address,
                        List.of(new DocumentInput(
                                1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                List.of(),
                Actor.person(desk),
                null);
        d = act(d, new DossierCommand.Forward(null, null, null), desk);
        d = act(d, new DossierCommand.Forward(null, null, null), specialist);
        d = act(d, new DossierCommand.Forward(null, null, null), leader);
        d = act(d, new DossierCommand.Approve(null, null), leader);
        return act(d, new DossierCommand.Resolve(null, null, null), leader);
    }

    DossierView act(DossierView d, DossierCommand c, CurrentUser by) {
        return dossiers.handle(DossierRef.of(d.code()), c, Actor.person(by));
    }

    void stubViettelPost() {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/user/Login")
                .willReturn(okJson(
                        "{\"status\":200,\"error\":false,\"message\":\"OK\",\"data\":{\"token\":\"vtp-token\"}}")));
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/order/getPriceAll")
                .willReturn(okJson("[{\"MA_DV_CHINH\":\"VCN\",\"GIA_CUOC\":23100}]")));
        carriers.stubFor(get(urlPathEqualTo("/vtp/order/registerOrderHook"))
                .willReturn(okJson("{\"status\":200,\"error\":false}")));
    }

    void vtpCreates(String orderNumber) {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/order/createOrder")
                .withHeader("Token", equalTo("vtp-token"))
                .willReturn(okJson("{\"status\":200,\"error\":false,\"message\":\"OK\",\"data\":{\"ORDER_NUMBER\":\""
                        + orderNumber + "\",\"MONEY_TOTAL\":23100}}")));
    }

    ResultActions callback(String token, String orderNumber, String reference, int status, String time, String note)
            throws Exception {
        String body = """
                {"DATA":{"ORDER_NUMBER":"%s","ORDER_REFERENCE":"%s","ORDER_STATUSDATE":"%s","ORDER_STATUS":%d,
                 "STATUS_NAME":"Trạng thái %d","LOCALION_CURRENTLY":"Bưu cục Vinh","NOTE":"%s","MONEY_COLLECTION":0,
                 "MONEY_FEECOD":0,"MONEY_TOTAL":23100,"EXPECTED_DELIVERY":"","PRODUCT_WEIGHT":300,"ORDER_SERVICE":"VCN"},
                 "TOKEN":"%s"}""".formatted(orderNumber, reference, time, status, status, note, token);
        return mvc.perform(post("/api/v1/public/postal/viettelpost/vtp")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    int events(UUID shipment) {
        return jdbc.sql("select count(*) from postal.shipment_event where shipment_id = ?")
                .param(shipment)
                .query(Integer.class)
                .single();
    }

    @Test
    void aResultSentByPostCreatesOneCarrierOrderAndTheDossierRecordsTheReturnWithItsTrackingNumber() {
        String number = "17330" + run.hashCode();
        vtpCreates(number);
        DossierView d = resolvedByPost("Nguyễn Thị Hoa", idNumber(), ADDRESS);

        Shipment s = postal.sendResult(d.code(), null, desk);

        assertThat(s.trackingNumber()).isEqualTo(number);
        assertThat(s.reference()).isEqualTo(d.code() + "-1");
        assertThat(s.carrier()).isEqualTo(Carrier.VIETTELPOST);
        assertThat(s.state()).isEqualTo(DeliveryState.CREATED);
        assertThat(s.handedOver()).isTrue();
        assertThat(s.postage().dong()).isEqualTo(23_100);
        assertThat(s.address()).isEqualTo(ADDRESS);
        DossierView returned = dossiers.get(d.code(), desk);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.handOver().trackingNumber()).isEqualTo(number);
        assertThat(dossiers.history(d.code(), desk).getLast().note())
                .isEqualTo("Gửi qua bưu điện, mã vận đơn " + number);
        carriers.verify(
                1,
                postRequestedFor(urlEqualTo("/vtp/order/createOrder"))
                        .withRequestBody(matchingJsonPath("$.ORDER_REFERENCE", equalTo(d.code() + "-1")))
                        .withRequestBody(matchingJsonPath("$.RECEIVER_ADDRESS", equalTo(ADDRESS))));

        // A second click changes nothing and orders nothing.
        assertThatThrownBy(() -> postal.sendResult(d.code(), null, desk))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("postal.not_ready"));
        carriers.verify(1, postRequestedFor(urlEqualTo("/vtp/order/createOrder")));
        assertThat(postal.label(d.code(), desk)).startsWith("%PDF".getBytes());
    }

    @Test
    void callbacksMoveTheDeliveryOnceRefuseABadTokenAndAnUnknownOrderAndPublicTrackingShowsTheParcel()
            throws Exception {
        String number = "17331" + run.hashCode();
        vtpCreates(number);
        String idNumber = idNumber();
        DossierView d = resolvedByPost("Trần Văn Nam", idNumber, ADDRESS);
        Shipment s = postal.sendResult(d.code(), null, desk);

        callback("vtp-secret", number, s.reference(), 105, "04/12/2026 08:00:00", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(200))
                .andExpect(jsonPath("$.error").value(false));
        assertThat(postal.returnOf(d.id()).orElseThrow().state()).isEqualTo(DeliveryState.ACCEPTED);
        // ViettelPost sends the same report again: answered 200, nothing changes.
        callback("vtp-secret", number, s.reference(), 105, "04/12/2026 08:00:00", "")
                .andExpect(jsonPath("$.status").value(200))
                .andExpect(jsonPath("$.message").value("already received"));
        assertThat(events(s.id())).isEqualTo(1);
        // A forged report is refused, kept for the administrator, and changes nothing.
        long refusedBefore = jdbc.sql("select count(*) from postal.refused_callback where reason = 'bad_token'")
                .query(Long.class)
                .single();
        callback("guessed", number, s.reference(), 501, "04/12/2026 09:00:00", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(201))
                .andExpect(jsonPath("$.error").value(true));
        assertThat(jdbc.sql("select count(*) from postal.refused_callback where reason = 'bad_token'")
                        .query(Long.class)
                        .single())
                .isEqualTo(refusedBefore + 1);
        assertThat(postal.returnOf(d.id()).orElseThrow().state()).isEqualTo(DeliveryState.ACCEPTED);
        callback("vtp-secret", "999", "NO-SUCH-REF", 501, "04/12/2026 09:00:00", "")
                .andExpect(jsonPath("$.status").value(207));
        mvc.perform(post("/api/v1/public/postal/viettelpost/vtp")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{oops"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(205));

        callback("vtp-secret", number, s.reference(), 501, "04/12/2026 10:30:00", "Người nhận ký")
                .andExpect(jsonPath("$.status").value(200));
        // A report older than the delivery, arriving late, is kept but does not move the state back.
        callback("vtp-secret", number, s.reference(), 500, "04/12/2026 09:30:00", "")
                .andExpect(jsonPath("$.status").value(200));
        Shipment delivered = postal.returnOf(d.id()).orElseThrow();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(events(s.id())).isEqualTo(3);

        PublicTracking.View view =
                tracking.track(d.code(), idNumber, "203.0.113." + run.length()).orElseThrow();
        assertThat(view.collectAt()).isNull();
        assertThat(view.postal().trackingNumber()).isEqualTo(number);
        assertThat(view.postal().carrierName()).isEqualTo("Viettel Post");
        assertThat(view.postal().state()).isEqualTo("DELIVERED");
    }

    @Test
    void aFailedDeliveryComesBackToTheCounterWithItsReasonAndIsSentAgainAsANewAttempt() throws Exception {
        String number = "17332" + run.hashCode();
        vtpCreates(number);
        DossierView d = resolvedByPost("Lê Thị Mai", idNumber(), ADDRESS);
        Shipment s = postal.sendResult(d.code(), null, desk);
        callback("vtp-secret", number, s.reference(), 507, "05/12/2026 15:00:00", "Người nhận vắng nhà 3 lần")
                .andExpect(jsonPath("$.status").value(200));

        List<Shipment> waiting = postal.awaitingCounter(desk);
        assertThat(waiting).extracting(Shipment::dossierCode).contains(d.code());
        Shipment failed = waiting.stream()
                .filter(w -> w.dossierCode().equals(d.code()))
                .findFirst()
                .orElseThrow();
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.stateNote()).contains("Người nhận vắng nhà 3 lần");

        vtpCreates(number + "2");
        Shipment again = postal.sendResult(d.code(), postal.address("41", "41007", "Số 5 Nguyễn Du"), desk);
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.reference()).isEqualTo(d.code() + "-2");
        assertThat(again.trackingNumber()).isEqualTo(number + "2");
        assertThat(again.address()).isEqualTo("Số 5 Nguyễn Du, phường Bến Thủy, tỉnh Hồng Lam");
        assertThat(again.handedOver()).isTrue();
        assertThat(postal.awaitingCounter(desk))
                .extracting(Shipment::dossierCode)
                .doesNotContain(d.code());
        // The dossier's return stays the one recorded at the first posting.
        assertThat(dossiers.history(d.code(), desk).stream()
                        .filter(h -> h.action().equals("return-result")))
                .hasSize(1);
    }

    @Test
    void aCarrierRefusingTheAddressLeavesTheDossierWaitingWithTheReasonAndNothingHalfWritten() {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/order/createOrder")
                .willReturn(okJson("{\"status\":204,\"error\":true,\"message\":\"Không phục vụ địa chỉ này\"}")));
        DossierView d = resolvedByPost("Phạm Văn Long", idNumber(), "Thôn 9, đặc khu Hòn Ngư, tỉnh Hồng Lam");

        assertThatThrownBy(() -> postal.sendResult(d.code(), null, desk))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("postal.carrier_refused");
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.args()).containsExactly("Viettel Post", "ViettelPost: Không phục vụ địa chỉ này");
                });

        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RESOLVED);
        Shipment refused = postal.returnOf(d.id()).orElseThrow();
        assertThat(refused.state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(refused.trackingNumber()).isNull();
        assertThat(refused.stateNote()).contains("Không phục vụ địa chỉ này");
    }

    @Test
    void aCarrierTimingOutParksTheOrderAndTheRetryUsesTheSameReference() {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/order/createOrder")
                .willReturn(aResponse().withFixedDelay(5000).withStatus(200)));
        DossierView d = resolvedByPost("Hồ Thị Lan", idNumber(), ADDRESS);

        assertThatThrownBy(() -> postal.sendResult(d.code(), null, desk))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("postal.carrier_unavailable");
                    assertThat(e.status().value()).isEqualTo(409);
                });
        Shipment parked = postal.returnOf(d.id()).orElseThrow();
        assertThat(parked.state()).isEqualTo(DeliveryState.PREPARING);
        assertThat(parked.lastError()).contains("timed out");
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RESOLVED);

        String number = "17333" + run.hashCode();
        vtpCreates(number);
        Shipment s = postal.sendResult(d.code(), null, desk);
        assertThat(s.id()).isEqualTo(parked.id());
        assertThat(s.trackingNumber()).isEqualTo(number);
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RETURNED);
        // WireMock journals the first, delayed request once it has answered it.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> carriers.verify(
                        2,
                        postRequestedFor(urlEqualTo("/vtp/order/createOrder"))
                                .withRequestBody(matchingJsonPath("$.ORDER_REFERENCE", equalTo(d.code() + "-1")))));
    }

    @Test
    void anOrderTheCarrierCreatedButWeNeverHeardOfIsRecoveredFromItsCallbackAndTheReturnRecordedByThePostalModule()
            throws Exception {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vtp/order/createOrder")
                .willReturn(aResponse().withFixedDelay(5000).withStatus(200)));
        DossierView d = resolvedByPost("Đặng Văn Hải", idNumber(), ADDRESS);
        assertThatThrownBy(() -> postal.sendResult(d.code(), null, desk)).isInstanceOf(DomainException.class);

        String number = "17334" + run.hashCode();
        callback("vtp-secret", number, d.code() + "-1", 105, "04/12/2026 08:00:00", "")
                .andExpect(jsonPath("$.status").value(200));

        Shipment s = postal.returnOf(d.id()).orElseThrow();
        assertThat(s.trackingNumber()).isEqualTo(number);
        assertThat(s.state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(s.handedOver()).isTrue();
        DossierView returned = dossiers.get(d.code(), desk);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.handOver().trackingNumber()).isEqualTo(number);
        assertThat(dossiers.history(d.code(), desk).getLast().actorName()).isEqualTo("Dịch vụ bưu chính");
    }

    @Test
    void anAddressOutsideTheProvinceIsRefusedInBothLanguagesAndNoOrderIsMade() throws Exception {
        String token = JsonPath.read(
                mvc.perform(post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"" + desk.username() + "\",\"password\":\"mật-khẩu-thử\"}"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.access_token");
        DossierView d = resolvedByPost("Bùi Thị Yến", idNumber(), ADDRESS);
        String outside = "{\"province\":\"01\",\"commune\":\"00004\",\"street\":\"Số 1 Tràng Tiền\"}";
        mvc.perform(post("/api/v1/postal/dossiers/" + d.code() + "/return")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(outside))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("postal.outside_province"))
                .andExpect(jsonPath("$.title").value("Địa chỉ ngoài tỉnh"))
                .andExpect(jsonPath("$.errors[0].field").value("province"));
        mvc.perform(post("/api/v1/postal/dossiers/" + d.code() + "/return")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"province\":\"41\",\"commune\":\"99999\",\"street\":\"Số 1\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Address outside the province"));
        carriers.verify(0, postRequestedFor(urlEqualTo("/vtp/order/createOrder")));
        assertThat(postal.returnOf(d.id())).isEmpty();
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RESOLVED);

        // Through the API with a good address: created, and the label is a PDF.
        vtpCreates("17335" + run.hashCode());
        mvc.perform(post("/api/v1/postal/dossiers/" + d.code() + "/return")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"province\":\"41\",\"commune\":\"41004\",\"street\":\"Số 3 Hà Huy Tập\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingNumber").value("17335" + run.hashCode()))
                .andExpect(jsonPath("$.address").value("Số 3 Hà Huy Tập, phường Hưng Bình, tỉnh Hồng Lam"))
                .andExpect(jsonPath("$.state").value("CREATED"));
    }

    @Test
    void vnpostOrdersArePolledUntilDelivered() {
        carriers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/vnp/GetAccessToken")
                .willReturn(okJson("{\"token\":\"vnp-token\"}")));
        String item = "EB" + String.format("%09d", Math.abs(run.hashCode()) % 1_000_000_000) + "VN";
        carriers.stubFor(get(urlPathEqualTo("/vnp/GetStatusHistoryOrder")).willReturn(okJson("""
                        {"data":[{"itemCode":"%s","statusHistory":[
                          {"statusCode":7,"statusName":"Đã nhận tại bưu cục","createdDate":"03/12/2026","createHour":"10:15:00"},
                          {"statusCode":14,"statusName":"Phát thành công","createdDate":"04/12/2026","createHour":"08:30:00"}]}]}""".formatted(item))));
        DossierView d = resolvedByPost("Ngô Văn Việt", idNumber(), ADDRESS);
        // A parcel of the VNPost account (as a center configured for VNPost would post it).
        Shipment s = shipments.prepare(
                d.id(),
                d.code(),
                center,
                Direction.RETURN,
                "vnp",
                Carrier.VNPOST,
                "Ngô Văn Việt",
                "0912345678",
                postal.parse(ADDRESS).orElseThrow(),
                300,
                desk.id());
        shipments.created(s.id(), item, 25_300L);

        postal.poll(500);

        Shipment polled = postal.returnOf(d.id()).orElseThrow();
        assertThat(polled.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(events(s.id())).isEqualTo(2);
        // The VNPost order was accepted by the post: the return was recorded by the postal module itself.
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RETURNED);
        postal.poll(500);
        assertThat(events(s.id())).isEqualTo(2);
    }
}
