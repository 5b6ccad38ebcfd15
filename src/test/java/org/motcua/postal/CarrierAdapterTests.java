package org.motcua.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.postal.CarrierClient.CarrierException;
import org.motcua.postal.CarrierClient.Parcel;
import org.motcua.postal.CarrierClient.Party;
import org.motcua.postal.CarrierClient.StatusReport;

/**
 * The VNPost and ViettelPost adapters against WireMock playing each carrier's API as the integration notes
 * describe it: login and token header, the create body with our reference, price, tracking, token refresh,
 * refusals in the body, 5xx and timeouts.
 */
class CarrierAdapterTests {

    static final WireMockServer carrier = new WireMockServer(options().dynamicPort());

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    static final Party CENTER = new Party(
            "Trung tâm Phục vụ hành chính công tỉnh Hồng Lam",
            "02383555555",
            "tthcc@honglam.gov.vn",
            "41",
            "Tỉnh Hồng Lam",
            "41010",
            "Phường Trường Thi",
            "Số 1 Trường Thi, phường Trường Thi, tỉnh Hồng Lam");

    static final Party CITIZEN = new Party(
            "Nguyễn Thị Hoa",
            "0912345678",
            null,
            "41",
            "Tỉnh Hồng Lam",
            "41001",
            "Phường Hồng Sơn",
            "Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam");

    static final Parcel PARCEL = new Parcel(
            "000.00.01.H41-261203-0007-1",
            Direction.RETURN,
            CENTER,
            CITIZEN,
            300,
            "Kết quả giải quyết thủ tục hành chính");

    @BeforeAll
    static void start() {
        carrier.start();
    }

    @AfterAll
    static void stop() {
        carrier.stop();
    }

    @BeforeEach
    void reset() {
        carrier.resetAll();
    }

    static PostalSettings.Account account(Carrier c, Duration timeout) {
        return new PostalSettings.Account(
                c, carrier.baseUrl(), "motcua-hl", "mật-khẩu", "11223", "HD-2026", "", "vtp-secret", timeout);
    }

    // ---- ViettelPost -----------------------------------------------------------------------------------

    void vtpLogin(String token) {
        carrier.stubFor(post("/user/Login")
                .withRequestBody(equalToJson("{\"USERNAME\":\"motcua-hl\",\"PASSWORD\":\"mật-khẩu\"}"))
                .willReturn(okJson("{\"status\":200,\"error\":false,\"message\":\"OK\",\"data\":{\"token\":\"" + token
                        + "\",\"userId\":1}}")));
    }

    @Test
    void viettelPostLogsInThenCreatesTheOrderWithOurReferenceAndItsToken() {
        vtpLogin("vtp-token-1");
        carrier.stubFor(post("/order/getPriceAll")
                .willReturn(
                        okJson("[{\"MA_DV_CHINH\":\"VCN\",\"TEN_DICHVU\":\"Chuyển phát nhanh\",\"GIA_CUOC\":23100}]")));
        carrier.stubFor(post("/order/createOrder")
                .withHeader("Token", equalTo("vtp-token-1"))
                .willReturn(okJson(
                        "{\"status\":200,\"error\":false,\"message\":\"OK\",\"data\":{\"ORDER_NUMBER\":\"1733123456789\","
                                + "\"MONEY_TOTAL\":23100}}")));
        ViettelPostClient vtp = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofSeconds(2)), CLOCK);

        assertThat(vtp.price(PARCEL)).isEqualTo(23_100);
        CarrierClient.Created created = vtp.create(PARCEL);

        assertThat(created.trackingNumber()).isEqualTo("1733123456789");
        assertThat(created.postageVnd()).isEqualTo(23_100);
        carrier.verify(1, postRequestedFor(urlEqualTo("/user/Login")));
        carrier.verify(postRequestedFor(urlEqualTo("/order/getPriceAll"))
                .withHeader("Token", equalTo("vtp-token-1"))
                .withRequestBody(matchingJsonPath("$.PRODUCT_TYPE", equalTo("HH")))
                .withRequestBody(matchingJsonPath("$.TYPE", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.RECEIVER_PROVINCE", equalTo("41"))));
        carrier.verify(postRequestedFor(urlEqualTo("/order/createOrder"))
                .withRequestBody(matchingJsonPath("$.ORDER_NUMBER", equalTo("")))
                .withRequestBody(matchingJsonPath("$.ORDER_REFERENCE", equalTo(PARCEL.reference())))
                .withRequestBody(matchingJsonPath("$.ORDER_SERVICE", equalTo("VCN")))
                .withRequestBody(matchingJsonPath("$.CUS_ID", equalTo("11223")))
                .withRequestBody(matchingJsonPath("$.DELIVERY_DATE", equalTo("03/12/2026 09:00:00")))
                .withRequestBody(matchingJsonPath("$.SENDER_FULLNAME", equalTo(CENTER.name())))
                .withRequestBody(matchingJsonPath("$.RECEIVER_FULLNAME", equalTo("Nguyễn Thị Hoa")))
                .withRequestBody(matchingJsonPath("$.RECEIVER_ADDRESS", equalTo(CITIZEN.address())))
                .withRequestBody(matchingJsonPath("$.RECEIVER_WARD", equalTo("41001")))
                .withRequestBody(matchingJsonPath("$.PRODUCT_TYPE", equalTo("TH")))
                .withRequestBody(matchingJsonPath("$.ORDER_PAYMENT", equalTo("1"))));
    }

    @Test
    void viettelPostLogsInAgainOnceWhenItsTokenExpired() {
        carrier.stubFor(post("/user/Login")
                .inScenario("token")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status\":200,\"error\":false,\"data\":{\"token\":\"old\"}}"))
                .willSetStateTo("second"));
        carrier.stubFor(post("/user/Login")
                .inScenario("token")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"status\":200,\"error\":false,\"data\":{\"token\":\"new\"}}")));
        carrier.stubFor(post("/order/getPriceAll")
                .withHeader("Token", equalTo("old"))
                .willReturn(okJson("{\"status\":401,\"error\":true,\"message\":\"Token expired\"}")));
        carrier.stubFor(post("/order/getPriceAll")
                .withHeader("Token", equalTo("new"))
                .willReturn(okJson("[{\"MA_DV_CHINH\":\"VCN\",\"GIA_CUOC\":20000}]")));
        ViettelPostClient vtp = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofSeconds(2)), CLOCK);

        assertThat(vtp.price(PARCEL)).isEqualTo(20_000);
        carrier.verify(2, postRequestedFor(urlEqualTo("/user/Login")));
    }

    @Test
    void viettelPostRefusingAnAddressInItsBodyIsARefusalWithItsMessage() {
        vtpLogin("t");
        carrier.stubFor(
                post("/order/getPriceAll").willReturn(okJson("[{\"MA_DV_CHINH\":\"VCN\",\"GIA_CUOC\":20000}]")));
        // ViettelPost answers HTTP 200 with error: true.
        carrier.stubFor(
                post("/order/createOrder")
                        .willReturn(
                                okJson(
                                        "{\"status\":204,\"error\":true,\"message\":\"Địa chỉ người nhận không hợp lệ\",\"data\":null}")));
        ViettelPostClient vtp = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofSeconds(2)), CLOCK);

        assertThatThrownBy(() -> vtp.create(PARCEL)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.kind()).isEqualTo(CarrierException.Kind.REFUSED);
            assertThat(e.getMessage()).contains("Địa chỉ người nhận không hợp lệ");
        });
    }

    @Test
    void aCarrierThatTimesOutOrFailsInsideIsUnavailableNotARefusal() {
        vtpLogin("t");
        carrier.stubFor(post("/order/getPriceAll").willReturn(okJson("[{\"MA_DV_CHINH\":\"VCN\",\"GIA_CUOC\":1}]")));
        carrier.stubFor(post("/order/createOrder")
                .willReturn(aResponse().withFixedDelay(1500).withStatus(200)));
        ViettelPostClient slow = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofMillis(300)), CLOCK);
        assertThatThrownBy(() -> slow.create(PARCEL))
                .isInstanceOfSatisfying(
                        CarrierException.class, e -> assertThat(e.kind()).isEqualTo(CarrierException.Kind.UNAVAILABLE));

        carrier.stubFor(post("/order/createOrder").willReturn(aResponse().withStatus(502)));
        ViettelPostClient broken = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofSeconds(2)), CLOCK);
        assertThatThrownBy(() -> broken.create(PARCEL))
                .isInstanceOfSatisfying(
                        CarrierException.class, e -> assertThat(e.kind()).isEqualTo(CarrierException.Kind.UNAVAILABLE));
    }

    @Test
    void viettelPostIsPolledByAskingItToSendTheJourneyAgain() {
        vtpLogin("t");
        carrier.stubFor(get(urlPathEqualTo("/order/registerOrderHook"))
                .willReturn(okJson("{\"status\":200,\"error\":false,\"message\":\"OK\"}")));
        ViettelPostClient vtp = new ViettelPostClient(account(Carrier.VIETTELPOST, Duration.ofSeconds(2)), CLOCK);

        assertThat(vtp.track("1733123456789", PARCEL.reference())).isEmpty();
        carrier.verify(getRequestedFor(urlEqualTo("/order/registerOrderHook?oid=1733123456789&mes=motcua"))
                .withHeader("Token", equalTo("t")));
    }

    // ---- VNPost --------------------------------------------------------------------------------------

    void vnpostLogin(String token) {
        carrier.stubFor(post("/GetAccessToken")
                .withRequestBody(matchingJsonPath("$.username", equalTo("motcua-hl")))
                .willReturn(okJson("{\"token\":\"" + token + "\"}")));
    }

    @Test
    void vnpostCreatesTheOrderWithOurReferenceAsSaleOrderCodeAndTheCommuneWithoutDistrict() {
        vnpostLogin("vnp-token");
        carrier.stubFor(post("/CreateOrder")
                .withHeader("token", equalTo("vnp-token"))
                .willReturn(okJson("{\"itemCode\":\"EB123456785VN\",\"originalID\":\"OID-1\",\"orderHdrID\":\"H-1\","
                        + "\"status\":1,\"saleOrderCode\":\"" + PARCEL.reference() + "\",\"totalFee\":25300}")));
        carrier.stubFor(post("/ServicesCharge")
                .withHeader("token", equalTo("vnp-token"))
                .willReturn(okJson("[{\"serviceCode\":\"DONG_GIA\",\"totalFee\":25300}]")));
        VnPostClient vnpost = new VnPostClient(account(Carrier.VNPOST, Duration.ofSeconds(2)));

        assertThat(vnpost.price(PARCEL)).isEqualTo(25_300);
        CarrierClient.Created created = vnpost.create(PARCEL);

        assertThat(created.trackingNumber()).isEqualTo("EB123456785VN");
        assertThat(created.postageVnd()).isEqualTo(25_300);
        carrier.verify(1, postRequestedFor(urlEqualTo("/GetAccessToken")));
        carrier.verify(postRequestedFor(urlEqualTo("/CreateOrder"))
                .withRequestBody(matchingJsonPath("$.orderCreationStatus", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.type", equalTo("GUI")))
                .withRequestBody(matchingJsonPath("$.customerCode", equalTo("11223")))
                .withRequestBody(matchingJsonPath("$.contractCode", equalTo("HD-2026")))
                .withRequestBody(matchingJsonPath("$.informationOrder.saleOrderCode", equalTo(PARCEL.reference())))
                .withRequestBody(matchingJsonPath("$.informationOrder.senderName", equalTo(CENTER.name())))
                .withRequestBody(matchingJsonPath("$.informationOrder.receiverName", equalTo("Nguyễn Thị Hoa")))
                .withRequestBody(matchingJsonPath("$.informationOrder.receiverCommuneCode", equalTo("41001")))
                .withRequestBody(matchingJsonPath("$.informationOrder.receiverCommuneName", equalTo("Phường Hồng Sơn")))
                .withRequestBody(matchingJsonPath("$.informationOrder.receiverDistrictCode", equalTo("")))
                .withRequestBody(matchingJsonPath("$.informationOrder.weight", equalTo("300")))
                .withRequestBody(matchingJsonPath("$.informationOrder.vehicle", equalTo("BO")))
                .withRequestBody(matchingJsonPath("$.informationOrder.deliveryTime", equalTo("N"))));
    }

    @Test
    void vnpostsSpringStyleErrorIsARefusalWithItsMessage() {
        vnpostLogin("t");
        carrier.stubFor(
                post("/CreateOrder")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\":400,\"timestamp\":\"2026-12-03T09:00:00\",\"error\":\"Bad Request\","
                                                        + "\"message\":\"Mã xã người nhận không tồn tại\",\"description\":\"\",\"path\":\"/CreateOrder\"}")));
        VnPostClient vnpost = new VnPostClient(account(Carrier.VNPOST, Duration.ofSeconds(2)));

        assertThatThrownBy(() -> vnpost.create(PARCEL)).isInstanceOfSatisfying(CarrierException.class, e -> {
            assertThat(e.kind()).isEqualTo(CarrierException.Kind.REFUSED);
            assertThat(e.getMessage()).contains("Mã xã người nhận không tồn tại");
        });
    }

    @Test
    void vnpostTrackingReadsTheStatusHistoryWithItsDatesAndHours() {
        vnpostLogin("t");
        carrier.stubFor(get(urlPathEqualTo("/GetStatusHistoryOrder")).willReturn(okJson("""
                        {"data":[{"itemCode":"EB123456785VN","statusHistory":[
                          {"statusCode":7,"statusName":"Đã nhận tại bưu cục","createdDate":"03/12/2026","createHour":"10:15:00"},
                          {"statusCode":14,"statusName":"Phát thành công","createdDate":"04/12/2026","createHour":"08:30"}]}]}""")));
        VnPostClient vnpost = new VnPostClient(account(Carrier.VNPOST, Duration.ofSeconds(2)));

        List<StatusReport> reports = vnpost.track("EB123456785VN", PARCEL.reference());

        assertThat(reports)
                .extracting(StatusReport::code, StatusReport::name, StatusReport::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "7", "Đã nhận tại bưu cục", LocalDateTime.of(2026, 12, 3, 10, 15)),
                        org.assertj.core.groups.Tuple.tuple(
                                "14", "Phát thành công", LocalDateTime.of(2026, 12, 4, 8, 30)));
        carrier.verify(getRequestedFor(urlEqualTo("/GetStatusHistoryOrder?type=2&code=EB123456785VN"))
                .withHeader("token", equalTo("t")));
    }

    @Test
    void vnpostRefusingTheLoginIsARefusal() {
        carrier.stubFor(post("/GetAccessToken")
                .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Sai mật khẩu\"}")));
        VnPostClient vnpost = new VnPostClient(account(Carrier.VNPOST, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> vnpost.create(PARCEL))
                .isInstanceOfSatisfying(
                        CarrierException.class, e -> assertThat(e.kind()).isEqualTo(CarrierException.Kind.REFUSED));
    }
}
