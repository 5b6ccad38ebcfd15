package org.motcua.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.notification.Mailroom.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP providers against WireMock playing the SMS gateway and the Zalo API: what is posted, the
 * provider's message id kept, errors and timeouts retried with backoff until the message fails for good,
 * permanent refusals not retried, and an SMS that fails for good sent as e-mail (to GreenMail) instead.
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.notification.channels=SMS,ZALO,IN_APP",
            "motcua.notification.poll-interval=100ms",
            "motcua.notification.initial-delay=0s",
            "motcua.notification.max-attempts=3",
            "motcua.notification.first-retry=200ms",
            NotificationTestSupport.NO_QUIET_HOURS,
            NotificationTestSupport.NO_QUIET_HOURS_END,
            "motcua.sms.provider=http",
            "motcua.sms.http.username=motcua",
            "motcua.sms.http.password=bí-mật",
            "motcua.sms.http.timeout=1s",
            "motcua.zalo.access-token=zalo-token",
            "motcua.zalo.timeout=1s"
        })
class HttpProvidersIntegrationTests {

    static final WireMockServer providers = new WireMockServer(options().dynamicPort());

    static {
        providers.start();
    }

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("motcua.sms.http.url", () -> providers.baseUrl() + "/sms/send");
        registry.add("motcua.zalo.url", () -> providers.baseUrl() + "/zns/template");
    }

    @AfterAll
    static void stop() {
        providers.stop();
    }

    @Autowired
    Mailroom mailroom;

    @Autowired
    Templates templates;

    /** The ZNS template approved at Zalo for "received", as an administrator enters it on the template page. */
    @BeforeEach
    void zaloTemplate() {
        if (templates.current(Trigger.RECEIVED, NotificationChannel.ZALO, "vi").isEmpty()) {
            templates.save(
                    Trigger.RECEIVED,
                    NotificationChannel.ZALO,
                    "vi",
                    "231456",
                    "customer_name = {applicant}\ndossier_code = {dossierCode}\nappointment = {appointment}",
                    "test");
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail mailServer;

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Posts a "received" message for a made-up dossier to this phone (and e-mail); answers the event key. */
    String message(String phone, String email) {
        String key = UUID.randomUUID().toString();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicant", "Võ Văn Bình");
        values.put("dossierCode", "000.00.01.H41-261203-" + key.substring(0, 4));
        values.put("procedure", "Cấp giấy phép");
        values.put("appointment", "09:00 15/12/2026");
        values.put("trackingLink", "http://localhost/tra-cuu/x");
        values.put("centerName", "Trung tâm");
        values.put("centerAddress", "Số 1");
        values.put("hotline", "1900");
        mailroom.post(
                new Occasion(key, Trigger.RECEIVED, null, values.get("dossierCode")),
                new Recipient("Võ Văn Bình", phone, email, null),
                Mailroom.Values.of(values),
                NotificationPreferences.Preference.DEFAULT);
        return key;
    }

    record Row(String status, int attempts, String providerId, String error, String fallbackOf) {}

    Row row(String key, NotificationChannel channel) {
        return jdbc.sql("""
                        select status, attempts, provider_message_id, last_error, fallback_of from notification.message
                         where event_key = ? and channel = ?""")
                .params(key, channel.name())
                .query((rs, n) ->
                        new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional()
                .orElse(null);
    }

    static String number() {
        return String.format("091%07d", Math.abs(UUID.randomUUID().hashCode()) % 10_000_000);
    }

    @Test
    void smsGoesToTheGatewayAndZaloToItsApi() {
        String phone = number();
        String international = "+84" + phone.substring(1);
        providers.stubFor(post(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(international)))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messageId\":\"gw-42\"}")));
        providers.stubFor(post(urlEqualTo("/zns/template"))
                .withRequestBody(matchingJsonPath("$.phone", equalTo(international.substring(1))))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"z-7\"}}")));
        String key = message(phone, null);

        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.SMS),
                        r -> r != null && r.status().equals("SENT"));
        assertThat(row(key, NotificationChannel.SMS).providerId()).isEqualTo("gw-42");
        providers.verify(postRequestedFor(urlEqualTo("/sms/send"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("motcua", "bí-mật"))
                .withRequestBody(matchingJsonPath("$.from", equalTo("MOTCUA")))
                .withRequestBody(matchingJsonPath(
                        "$.text",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("Ho so 000.00.01.H41-261203-"))));

        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.ZALO),
                        r -> r != null && r.status().equals("SENT"));
        assertThat(row(key, NotificationChannel.ZALO).providerId()).isEqualTo("z-7");
        providers.verify(postRequestedFor(urlEqualTo("/zns/template"))
                .withHeader("access_token", equalTo("zalo-token"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("231456")))
                .withRequestBody(matchingJsonPath("$.template_data.customer_name", equalTo("Võ Văn Bình")))
                .withRequestBody(matchingJsonPath(
                        "$.template_data.dossier_code",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("000\\.00\\.01\\.H41-261203-.{4}")))
                .withRequestBody(matchingJsonPath("$.template_data.appointment", equalTo("09:00 15/12/2026")))
                .withRequestBody(matchingJsonPath("$.tracking_id")));
    }

    @Test
    void gatewayErrorsAreRetriedThenTheSmsFallsBackToEmail() {
        String phone = number();
        String international = "+84" + phone.substring(1);
        String email = "du-phong-" + phone + "@example.vn";
        providers.stubFor(post(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(international)))
                .willReturn(aResponse().withStatus(503).withBody("busy")));
        String key = message(phone, email);

        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.SMS),
                        r -> r != null && r.status().equals("FAILED"));
        Row sms = row(key, NotificationChannel.SMS);
        assertThat(sms.attempts()).isEqualTo(3);
        assertThat(sms.error()).contains("503");
        providers.verify(
                3,
                postRequestedFor(urlEqualTo("/sms/send"))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(international))));

        // e-mail is not a channel of this configuration, but the fallback of a failed SMS
        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.EMAIL),
                        r -> r != null && r.status().equals("SENT"));
        assertThat(row(key, NotificationChannel.EMAIL).fallbackOf()).isNotNull();
        assertThat(Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .hasSize(1);
    }

    @Test
    void aGatewayThatTimesOutIsRetried() {
        String phone = number();
        String international = "+84" + phone.substring(1);
        providers.stubFor(post(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(international)))
                .willReturn(aResponse().withFixedDelay(2_500).withBody("{\"messageId\":\"late\"}")));
        String key = message(phone, null);

        await().atMost(WAIT).until(() -> row(key, NotificationChannel.SMS), r -> r != null && r.attempts() >= 1);
        Row sms = row(key, NotificationChannel.SMS);
        assertThat(sms.error()).contains("timed out");
        await().atMost(WAIT)
                .until(() -> row(key, NotificationChannel.SMS), r -> r.status().equals("FAILED"));
        assertThat(row(key, NotificationChannel.SMS).attempts()).isEqualTo(3);
    }

    @Test
    void refusalsAreNotRetried() {
        String phone = number();
        String international = "+84" + phone.substring(1);
        providers.stubFor(post(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(international)))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid number\"}")));
        providers.stubFor(post(urlEqualTo("/zns/template"))
                .withRequestBody(equalToJson("{\"phone\":\"" + international.substring(1) + "\"}", true, true))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":-108,\"message\":\"Phone number is invalid\"}")));
        String key = message(phone, null);

        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.SMS),
                        r -> r != null && r.status().equals("FAILED"));
        await().atMost(WAIT)
                .until(
                        () -> row(key, NotificationChannel.ZALO),
                        r -> r != null && r.status().equals("FAILED"));
        assertThat(row(key, NotificationChannel.SMS).attempts()).isEqualTo(1);
        assertThat(row(key, NotificationChannel.SMS).error()).contains("invalid number");
        assertThat(row(key, NotificationChannel.ZALO).attempts()).isEqualTo(1);
        assertThat(row(key, NotificationChannel.ZALO).error()).contains("-108");
    }
}
