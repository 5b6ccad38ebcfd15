package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.notification.NotificationChannel;
import org.motcua.notification.NotificationPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The notification pages: the administrator's outgoing messages and template editor (preview, SMS length,
 * an unknown placeholder refused), and a person's notices with the unread count in the menu.
 */
class NotificationPagesControllerTests extends OfficerPagesTestSupport {

    @Autowired
    NotificationPreferences preferences;

    @Test
    void theAdministratorEditsAndPreviewsTemplates() throws Exception {
        CurrentUser admin = person("qt-" + run, Set.of(Role.ADMIN), Set.of());
        MockHttpSession session = login(admin);
        mvc.perform(get("/quan-tri/thong-bao").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thư nhận được ở máy chủ thư thử nghiệm")))
                .andExpect(content().string(containsString("SMTP 127.0.0.1:")))
                .andExpect(content().string(containsString("SMPP 127.0.0.1:")));
        mvc.perform(get("/quan-tri/thong-bao/mau").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yêu cầu bổ sung hồ sơ")))
                .andExpect(content().string(containsString("href=\"/quan-tri/thong-bao/mau/RECEIVED/ZALO/vi\"")))
                .andExpect(content().string(containsString("href=\"/quan-tri/thong-bao/mau/RECEIVED/EMAIL/en\"")))
                .andExpect(content().string(not(containsString("/ASSIGNED/SMS/"))));
        // a Zalo template: the approved ZNS template's id and its parameters, previewed as the data sent
        mvc.perform(get("/quan-tri/thong-bao/mau/RETURNED/ZALO/vi").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"zns-help\"")))
                .andExpect(content().string(containsString("Mã mẫu ZNS (template_id)")));
        mvc.perform(post("/quan-tri/thong-bao/mau/RETURNED/ZALO/vi")
                        .session(session)
                        .with(csrf())
                        .param("subject", "248100")
                        .param("body", "customer_name = {applicant}\ndossier_code = {dossierCode}")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"saved\"")))
                .andExpect(content().string(containsString("id=\"zns-parameters\"")))
                .andExpect(content().string(containsString("<code>dossier_code</code>")))
                .andExpect(content().string(containsString("000.00.01.H41-261203-0001")));
        mvc.perform(post("/quan-tri/thong-bao/mau/RETURNED/ZALO/vi")
                        .session(session)
                        .with(csrf())
                        .param("subject", "248100")
                        .param("body", "Kết quả hồ sơ {dossierCode}")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problem\"")))
                .andExpect(content().string(not(containsString("id=\"saved\""))));
        mvc.perform(get("/quan-tri/thong-bao/mau/RECEIVED/SMS/vi").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{dossierCode}")))
                .andExpect(content().string(containsString("đoạn SMS")));
        mvc.perform(post("/quan-tri/thong-bao/mau/RECEIVED/SMS/vi")
                        .session(session)
                        .with(csrf())
                        .param("body", "Hồ sơ {dossierCode} của {khongCo}")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{khongCo}")))
                .andExpect(content().string(not(containsString("id=\"saved\""))));
        mvc.perform(post("/quan-tri/thong-bao/mau/STOPPED/IN_APP/vi")
                        .session(session)
                        .with(csrf())
                        .param("subject", "Hồ sơ {dossierCode} đã dừng")
                        .param("body", "Lý do: {reason}.")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"saved\"")));
    }

    @Test
    void theDossierPageShowsWhatWasSent() throws Exception {
        DossierView d = received("Trần Thị Hoa", idNumber(1), DeliveryMethod.COUNTER);
        MockHttpSession session = login(desk);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> mvc.perform(get("/can-bo/ho-so/" + d.code()).session(session))
                                .andExpect(status().isOk())
                                .andExpect(content().string(containsString("id=\"dossier-notifications\"")))
                                .andExpect(content().string(containsString("Tin nhắn SMS")))
                                .andExpect(content().string(containsString("+84912345678"))));
    }

    @Test
    void theApplicantReadsTheNoticesOfTheirDossierOnItsPageWithTheUnreadCountInTheHeader() throws Exception {
        DossierView submitted = online("Lê Văn Tư", idNumber(7));
        DossierView d = dossiers.handle(
                DossierRef.of(submitted.id().toString()), new DossierCommand.Receive(null), Actor.person(desk));
        MockHttpSession session = login(applicant);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/ho-so-cua-toi/" + d.code()).session(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("id=\"dossier-notices\"")))
                        .andExpect(content().string(containsString("Đã tiếp nhận hồ sơ " + d.code())))
                        .andExpect(content().string(containsString("id=\"dossier-notices-unread\"")))
                        .andExpect(content()
                                .string(containsString(
                                        "id=\"unread-notices\" title=\"1 thông báo chưa đọc\">1</span>"))));

        mvc.perform(post("/ho-so-cua-toi/" + d.code() + "/thong-bao/da-doc")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/ho-so-cua-toi/" + d.code() + "#dossier-notices"));
        mvc.perform(get("/ho-so-cua-toi/" + d.code()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận hồ sơ " + d.code())))
                .andExpect(content().string(not(containsString("id=\"dossier-notices-unread\""))))
                .andExpect(content().string(not(containsString("id=\"unread-notices\""))));
        // the notices page links the notice to the dossier's page in the portal
        mvc.perform(get("/thong-bao").session(session))
                .andExpect(content().string(containsString("href=\"/ho-so-cua-toi/" + d.code() + "\"")));
        // another person's dossier: not found, nothing marked
        mvc.perform(post("/ho-so-cua-toi/" + d.code() + "/thong-bao/da-doc")
                        .session(login(person("cd2-" + run, Set.of(Role.APPLICANT), Set.of())))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerSeesTheUnreadCountInTheHeaderOfTheWorkspace() throws Exception {
        DossierView d = atSpecialistStep("Phạm Thị Năm", idNumber(8));
        dossiers.handle(
                DossierRef.of(d.code()), new DossierCommand.Assign(specialist.id(), null), Actor.person(leader));
        MockHttpSession session = login(specialist);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/can-bo/ho-so").session(session))
                        .andExpect(status().isOk())
                        .andExpect(content()
                                .string(containsString(
                                        "id=\"unread-notices\" title=\"1 thông báo chưa đọc\">1</span>"))));
        mvc.perform(get("/thong-bao").session(session))
                .andExpect(content().string(containsString("Được giao hồ sơ " + d.code())))
                .andExpect(content().string(containsString("href=\"/can-bo/ho-so/" + d.code() + "\"")));
    }

    @Test
    void aPersonChoosesChannelsAndLanguageOnTheAccountPage() throws Exception {
        MockHttpSession session = login(applicant);
        mvc.perform(get("/tai-khoan").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preference-SMS\" checked")))
                .andExpect(content().string(containsString("id=\"preference-language-vi\" checked")));
        mvc.perform(post("/tai-khoan/thong-bao")
                        .session(session)
                        .with(csrf())
                        .param("channel", "EMAIL", "IN_APP")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/tai-khoan"));
        mvc.perform(get("/tai-khoan").session(session))
                .andExpect(content().string(containsString("id=\"preference-EMAIL\" checked")))
                .andExpect(content().string(not(containsString("id=\"preference-SMS\" checked"))))
                .andExpect(content().string(containsString("id=\"preference-language-en\" checked")));
        assertThat(preferences.of(applicant.id()))
                .isEqualTo(new NotificationPreferences.Preference(
                        Set.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP), "en"));
        // officers choose between the workspace and e-mail only
        mvc.perform(get("/tai-khoan").session(login(desk)))
                .andExpect(content().string(containsString("id=\"preference-IN_APP\"")))
                .andExpect(content().string(not(containsString("id=\"preference-SMS\""))));
        // a language not offered (a tampered form) is refused above the form
        mvc.perform(post("/tai-khoan/thong-bao")
                        .session(session)
                        .with(csrf())
                        .param("channel", "EMAIL")
                        .param("language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preferences-problem\"")));
    }

    @Test
    void othersMayNotOpenTheAdministration() throws Exception {
        mvc.perform(get("/quan-tri/thong-bao").session(login(desk))).andExpect(status().isForbidden());
    }

    @Test
    void aPersonSeesTheirNotices() throws Exception {
        MockHttpSession session = login(applicant);
        mvc.perform(get("/thong-bao").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có thông báo nào.")))
                .andExpect(content().string(containsString("id=\"nav-notices\"")));
        mvc.perform(post("/thong-bao/da-doc-tat-ca").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
