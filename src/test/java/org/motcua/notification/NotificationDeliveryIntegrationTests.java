package org.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.identity.Registrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The whole path with real protocol peers inside the test: dossier events through the event publication
 * registry into the outbox, then e-mail to GreenMail (a real SMTP server), SMS over SMPP to the in-process
 * jSMPP SMSC (which answers with delivery receipts and sends a look-up text), and in-app notices.
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.notification.poll-interval=200ms",
            "motcua.notification.initial-delay=0s",
            NotificationTestSupport.NO_QUIET_HOURS,
            NotificationTestSupport.NO_QUIET_HOURS_END
        })
class NotificationDeliveryIntegrationTests extends NotificationTestSupport {

    static class Recorder {
        private final List<DossierEvent> received = new CopyOnWriteArrayList<>();

        public List<DossierEvent> received() {
            return received;
        }

        @ApplicationModuleListener
        void on(DossierEvent event) {
            received.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }

    @Autowired
    GreenMail mailServer;

    @Autowired
    DemoSmsc smsc;

    @Autowired
    Recorder recorder;

    @Autowired
    DossierNotifications listener;

    @Autowired
    OutboxSender sender;

    @Autowired
    Registrations registrations;

    @Autowired
    Templates templates;

    private static final Duration WAIT = Duration.ofSeconds(20);

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    List<DemoSmsc.Received> smsTo(String number) {
        return smsc.received().stream().filter(s -> s.to().equals(number)).toList();
    }

    @Test
    void receivingADossierSendsTheEmailTheSmsAndTheNotice() throws Exception {
        String email = "binh-" + run + "@example.vn";
        String phone = phone();
        String code = receivedDossier(phone, email);
        String number = PhoneNumbers.normalise("phone", phone);

        await().atMost(WAIT)
                .until(() -> mailsTo(email).size() == 1 && smsTo(number).size() == 1);
        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(MailTexts.plainText(mail))
                .contains("Kính gửi Ông/Bà Võ Văn Bình")
                .contains("Mã hồ sơ: " + code)
                .contains("/tra-cuu/" + code);
        DemoSmsc.Received sms = smsTo(number).getFirst();
        assertThat(sms.text()).contains(code).contains("Hen tra ket qua");
        assertThat(sms.from()).isEqualTo("MOTCUA");

        // the SMSC's delivery receipt is matched back to the message
        await().atMost(WAIT).until(() -> messages(code, Trigger.RECEIVED), m -> m.contains("SMS:DELIVERED"));
        assertThat(messages(code, Trigger.RECEIVED)).containsExactly("EMAIL:SENT", "IN_APP:DELIVERED", "SMS:DELIVERED");

        // the applicant's in-app notice, unread until read
        read(citizen, "/api/v1/me/notices/unread-count")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(1));
        String notices = read(citizen, "/api/v1/me/notices")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subject").value("Đã tiếp nhận hồ sơ " + code))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String noticeId = com.jayway.jsonpath.JsonPath.read(notices, "$[0].id");
        mvc.perform(post("/api/v1/me/notices/" + noticeId + "/read").header("Authorization", "Bearer " + citizen))
                .andExpect(status().isNoContent());
        read(citizen, "/api/v1/me/notices/unread-count")
                .andExpect(jsonPath("$.unread").value(0));
        // another person's notice does not exist for them
        mvc.perform(post("/api/v1/me/notices/" + noticeId + "/read").header("Authorization", "Bearer " + desk))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("notification.not_found"));

        // the dossier's history of messages, for the desk
        read(desk, "/api/v1/dossiers/" + code + "/notifications")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.channel == 'SMS')].status").value("DELIVERED"));
    }

    @Test
    void applicantsChooseTheirChannelsAndLanguage() throws Exception {
        read(citizen, "/api/v1/me/notification-preferences")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels.length()").value(4))
                .andExpect(jsonPath("$.language").value("vi"));
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"IN_APP\",\"EMAIL\"],\"language\":\"en\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[0]").value("EMAIL"))
                .andExpect(jsonPath("$.channels[1]").value("IN_APP"))
                .andExpect(jsonPath("$.channels.length()").value(2))
                .andExpect(jsonPath("$.language").value("en"));
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[],\"language\":\"fr\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));

        String email = "english-" + run + "@example.vn";
        String phone = phone();
        String code = receivedDossier(phone, email);
        await().atMost(WAIT).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Dossier " + code + " received");
        assertThat(MailTexts.plainText(mail)).startsWith("Dear Võ Văn Bình,").contains("Dossier code: " + code);
        read(citizen, "/api/v1/me/notices").andExpect(jsonPath("$[0].subject").value("Dossier " + code + " received"));
        // no SMS: the applicant turned it off
        await().atMost(WAIT)
                .until(
                        () -> messages(code, Trigger.RECEIVED),
                        m -> m.equals(List.of("EMAIL:SENT", "IN_APP:DELIVERED")));
        assertThat(smsTo(PhoneNumbers.normalise("phone", phone))).isEmpty();

        // a trigger without an English template goes in Vietnamese, with Vietnamese words
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"IN_APP\"],\"language\":\"en\"}"))
                .andExpect(status().isOk());
        List<Template> english = templates.versions(Trigger.RECEIVED, NotificationChannel.IN_APP, "en");
        jdbc.sql("delete from notification.template where trigger = 'RECEIVED' and channel = 'IN_APP'"
                        + " and language = 'en'")
                .update();
        try {
            String second = receivedDossier(phone, email);
            await().atMost(WAIT).until(() -> messages(second, Trigger.RECEIVED).size() == 1);
            read(citizen, "/api/v1/me/notices")
                    .andExpect(jsonPath("$[0].subject").value("Đã tiếp nhận hồ sơ " + second));
            assertThat(mailsTo(email)).hasSize(1);
        } finally {
            for (Template t : english) {
                jdbc.sql("insert into notification.template (trigger, channel, language, version, subject, body)"
                                + " values ('RECEIVED', 'IN_APP', 'en', ?, ?, ?)")
                        .params(t.version(), t.subject(), t.body())
                        .update();
            }
        }
    }

    @Test
    void anEventDeliveredTwiceSendsEachMessageOnce() throws Exception {
        String email = "hai-lan-" + run + "@example.vn";
        String phone = phone();
        String code = receivedDossier(phone, email);
        String number = PhoneNumbers.normalise("phone", phone);
        await().atMost(WAIT)
                .until(() -> mailsTo(email).size() == 1 && smsTo(number).size() == 1);

        DossierReceived event = recorder.received().stream()
                .filter(e -> e instanceof DossierReceived && code.equals(e.code()))
                .map(DossierReceived.class::cast)
                .findFirst()
                .orElseThrow();
        listener.on(event); // as the registry would after a crash
        listener.on(event);
        sender.run();

        assertThat(messages(code, Trigger.RECEIVED)).hasSize(3);
        Thread.sleep(500);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(smsTo(number)).hasSize(1);
    }

    @Test
    void resolvingSendsResultReadyAndATemplateEditShowsInTheNextMessage() throws Exception {
        mvc.perform(put("/api/v1/admin/notification-templates/RECEIVED/EMAIL/vi")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"[Một cửa] Đã nhận hồ sơ {dossierCode}\","
                                + "\"body\":\"Chào {applicant}, hẹn trả {appointment}.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        String email = "ba-" + run + "@example.vn";
        String code = receivedDossier(null, email);
        await().atMost(WAIT).until(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).getFirst().getSubject()).isEqualTo("[Một cửa] Đã nhận hồ sơ " + code);
        assertThat(MailTexts.plainText(mailsTo(email).getFirst())).startsWith("Chào Võ Văn Bình, hẹn trả ");
    }

    @Test
    void aLookUpTextFromTheApplicantsPhoneIsAnsweredWithTheStatus() throws Exception {
        String phone = phone();
        String code = receivedDossier(phone, null);
        String number = PhoneNumbers.normalise("phone", phone);
        await().atMost(WAIT).until(() -> smsTo(number).size() == 1);

        smsc.textFrom(number, "HS " + code);
        await().atMost(WAIT).until(() -> smsTo(number).size() == 2);
        assertThat(smsTo(number).get(1).text())
                .contains(code)
                .contains("Đã tiếp nhận")
                .contains("Hẹn trả kết quả");

        // another phone learns nothing
        smsc.textFrom("+84900000001", "HS " + code);
        await().atMost(WAIT).until(() -> smsTo("+84900000001").size() == 1);
        assertThat(smsTo("+84900000001").getFirst().text()).contains("Không tìm thấy hồ sơ " + code);
    }

    @Test
    void anUndeliveredSmsIsMarkedFailed() throws Exception {
        String phone = phone();
        smsc.undeliverable(PhoneNumbers.normalise("phone", phone));
        String code = receivedDossier(phone, null);
        await().atMost(WAIT).until(() -> messages(code, Trigger.RECEIVED), m -> m.contains("SMS:FAILED"));
        String error = jdbc.sql(
                        "select last_error from notification.message where dossier_code = ? and channel = 'SMS'")
                .param(code)
                .query(String.class)
                .single();
        assertThat(error).contains("UNDELIV");
    }

    @Test
    void registrationCodesGoOutThroughTheSameChannels() throws Exception {
        String email = "moi-" + run + "@example.vn";
        registrations.register(
                new Registrations.Registration("Lê Thị Mới", email, null, "mat-khau-dai-du-12", "mat-khau-dai-du-12"),
                null);
        await().atMost(WAIT).until(() -> mailsTo(email).size() == 1);
        assertThat(MailTexts.plainText(mailsTo(email).getFirst()))
                .containsPattern("Mã xác thực tài khoản của Ông/Bà là \\d{6}");
    }

    @Test
    void templatesAreCheckedWhenSaved() throws Exception {
        mvc.perform(put("/api/v1/admin/notification-templates/RECEIVED/SMS/vi")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Ho so {dossierCode}: {nguoiNhan}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notification.unknown_placeholder"))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("{nguoiNhan}")));
        mvc.perform(put("/api/v1/admin/notification-templates/RECEIVED/SMS/vi")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + "Hồ sơ {dossierCode} đã được tiếp nhận. ".repeat(9) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notification.sms_too_long"));
        mvc.perform(post("/api/v1/admin/notification-templates/RECEIVED/SMS/preview")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Hồ sơ {dossierCode} đã được tiếp nhận\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("Hồ sơ 000.00.01.H41-261203-0001 đã được tiếp nhận"))
                .andExpect(jsonPath("$.unicode").value(true))
                .andExpect(jsonPath("$.segments").value(1))
                .andExpect(jsonPath("$.unaccented").value("Ho so 000.00.01.H41-261203-0001 da duoc tiep nhan"));
        // officers may not edit templates
        mvc.perform(put("/api/v1/admin/notification-templates/RECEIVED/SMS/vi")
                        .header("Authorization", "Bearer " + desk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/notification-templates/NOPE/SMS/vi")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTemplatesShippedPassTheEditorsChecks() {
        List<Template> all = templates.all();
        for (Trigger trigger : Trigger.values()) {
            if (trigger.audience() == Trigger.Audience.APPLICANT) {
                for (NotificationChannel channel :
                        List.of(NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.IN_APP)) {
                    for (String language : Templates.LANGUAGES) {
                        assertThat(all)
                                .as(trigger + " " + channel + " " + language)
                                .anyMatch(t -> t.trigger() == trigger
                                        && t.channel() == channel
                                        && t.language().equals(language));
                    }
                }
            }
        }
        for (Template t : all) {
            // what saving it again would refuse (unknown placeholders, over 5 SMS segments) fails here
            Templates.Preview preview = templates.preview(t.trigger(), t.channel(), t.subject(), t.body());
            if (t.channel() == NotificationChannel.SMS) {
                assertThat(SmsText.of(t.body()).gsm7())
                        .as("SMS text without diacritics: " + t.trigger() + " " + t.language())
                        .isTrue();
                assertThat(preview.segments()).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
            }
            if (t.channel() != NotificationChannel.SMS) {
                assertThat(t.subject()).as(t.trigger() + " " + t.channel()).isNotBlank();
            }
        }
    }

    @Test
    void zaloTemplatesAreAnApprovedTemplatesIdAndItsParameters() throws Exception {
        String path = "/api/v1/admin/notification-templates/RESOLVED/ZALO/vi";
        mvc.perform(put(path)
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"mau-1\",\"body\":\"customer_name = {applicant}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].code").value("ZnsTemplateId"));
        mvc.perform(
                        put(path)
                                .header("Authorization", "Bearer " + admin)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"subject\":\"248001\",\"body\":\"customer_name = {applicant}\\nHồ sơ {dossierCode}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notification.zns_malformed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2")));
        mvc.perform(put(path)
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"248001\",\"body\":\"customer_name = {nguoiNhan}\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notification.unknown_placeholder"));
        mvc.perform(post("/api/v1/admin/notification-templates/RESOLVED/ZALO/preview")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"248001\",\"body\":\"customer_name = {applicant}\\n"
                                + "dossier_code = {dossierCode}\\nstatus = {outcome}\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("248001"))
                .andExpect(jsonPath("$.parameters[0].name").value("customer_name"))
                .andExpect(jsonPath("$.parameters[0].value").value("Nguyễn Thị Minh Khai"))
                .andExpect(jsonPath("$.parameters[0].length").value(20))
                .andExpect(jsonPath("$.parameters[1].value").value("000.00.01.H41-261203-0001"));
        mvc.perform(put(path)
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"248001\",\"body\":\"customer_name = {applicant}\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("248001"));
    }

    @Test
    void aTestMessageNamesTheFieldItRefuses() throws Exception {
        mvc.perform(post("/api/v1/admin/notifications/test")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"SMS\",\"to\":\"12345\",\"text\":\"Thử\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("Phone"));
        mvc.perform(post("/api/v1/admin/notifications/test")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"SMS\",\"to\":\"+84 915 000 111\",\"text\":\"Thử kênh SMS\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.recipient").value("+84915000111"));
        await().atMost(WAIT)
                .until(() ->
                        smsTo("+84915000111").stream().anyMatch(s -> s.text().equals("Thử kênh SMS")));
    }
}
