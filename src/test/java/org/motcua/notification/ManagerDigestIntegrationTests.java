package org.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierDashboard;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.Vietnam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The center managers' morning digest on a fixed clock: yesterday's received and resolved dossiers of the
 * manager's center and what is overdue this morning, by e-mail (GreenMail) and in the workspace, once per
 * manager and day however often the job runs.
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.notification.poll-interval=200ms",
            "motcua.notification.initial-delay=0s",
            "motcua.notification.digest.catch-up-delay=1h"
        })
class ManagerDigestIntegrationTests extends NotificationTestSupport {

    /** Thursday 1 October 2026, 10:00 in Vietnam: the application starts then. */
    static final LocalDateTime START = LocalDateTime.of(2026, 10, 1, 10, 0);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(START.atZone(Vietnam.ZONE).toInstant());
        }
    }

    @Autowired
    SettableClock clock;

    @Autowired
    ManagerDigest digest;

    @Autowired
    DossierDashboard dashboard;

    @Autowired
    Dossiers dossiers;

    @Autowired
    GreenMail mailServer;

    void at(LocalDateTime time) {
        clock.set(time.atZone(Vietnam.ZONE).toInstant());
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void eachManagerHearsOnceAtSevenOfYesterdayAndOfWhatIsOverdue() throws Exception {
        at(START);
        CurrentUser deskOfficer = users.find(person("tn2-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center)))
                .orElseThrow();
        CurrentUser specialist = users.find(person(
                        "cv-" + run,
                        Set.of(Role.SPECIALIST),
                        Set.of(catalog.agencyByCode("000.01.19.H41")
                                .orElseThrow()
                                .id())))
                .orElseThrow();
        CurrentUser leader = users.find(person(
                        "ld-" + run,
                        Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER),
                        Set.of(catalog.agencyByCode("000.00.19.H41")
                                .orElseThrow()
                                .id())))
                .orElseThrow();
        UUID managerId = person("gd-" + run, Set.of(Role.CENTER_MANAGER), Set.of(center));
        String email = "giam-doc-" + run + "@example.vn";
        users.updateContact(managerId, email, null);
        CurrentUser manager = users.find(managerId).orElseThrow();
        LocalDateTime seven = LocalDateTime.of(2026, 12, 3, 7, 0);
        // The demo dossiers are there too: the digest is compared with the figures before this test's.
        DossierDashboard.Digest before = dashboard.digest(manager, seven);

        // Received two months before and never finished: overdue by 3 December.
        DossierView late = received(deskOfficer);
        assertThat(late.dueAt()).isBefore(seven);
        // Wednesday 2 December: two received, one of them resolved the same day.
        at(LocalDateTime.of(2026, 12, 2, 9, 0));
        received(deskOfficer);
        DossierView quick = received(deskOfficer);
        at(LocalDateTime.of(2026, 12, 2, 15, 0));
        quick = act(quick, new DossierCommand.Forward(null, null, null), deskOfficer);
        quick = act(quick, new DossierCommand.Forward(null, null, null), specialist);
        quick = act(quick, new DossierCommand.Forward(null, null, null), leader);
        quick = act(quick, new DossierCommand.Approve(null, null), leader);
        act(quick, new DossierCommand.Resolve(null, null, null), leader);

        // Not due before seven.
        assertThat(digest.dueToday(seven.minusMinutes(1))).isFalse();
        assertThat(digest.dueToday(seven)).isTrue();
        at(seven);
        digest.onSchedule();

        DossierDashboard.Digest after = dashboard.digest(manager, seven);
        assertThat(after.day()).isEqualTo(seven.toLocalDate().minusDays(1));
        assertThat(after.received() - before.received()).isEqualTo(2);
        assertThat(after.resolved() - before.resolved()).isEqualTo(1);
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("Tình hình hồ sơ ngày 02/12/2026: " + after.overdue() + " quá hạn, " + after.dueSoon()
                        + " sắp đến hạn");
        assertThat(MailTexts.plainText(mail))
                .contains("Trung tâm Phục vụ hành chính công tỉnh Hồng Lam ngày 02/12/2026")
                .contains("- Tiếp nhận: " + after.received() + " hồ sơ")
                .contains("- Giải quyết: " + after.resolved() + " hồ sơ (trễ hạn: " + after.resolvedLate() + ")")
                .contains("- Quá hạn, chưa giải quyết: " + after.overdue() + " hồ sơ")
                .contains("/can-bo/ho-so?view=center&due=overdue");
        assertThat(jdbc.sql("""
                        select channel || ':' || status from notification.message
                         where trigger = 'MANAGER_DIGEST' and (recipient = ? or account_id = ?) order by channel""").params(email, managerId).query(String.class).list())
                .containsExactly("EMAIL:SENT", "IN_APP:DELIVERED");

        // Again — a second node whose lock came free, a restart, the hourly catch-up: nothing more.
        assertThat(digest.send(seven.plusMinutes(1))).isZero();
        at(seven.plusHours(2));
        digest.catchUp();
        Thread.sleep(1_000);
        assertThat(mailsTo(email)).hasSize(1);
        // The next morning, the next digest.
        at(seven.plusDays(1));
        digest.send(seven.plusDays(1));
        assertThat(jdbc.sql("select count(*) from notification.message where trigger = 'MANAGER_DIGEST'"
                                + " and (recipient = ? or account_id = ?)")
                        .params(email, managerId)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    DossierView received(CurrentUser deskOfficer) {
        return dossiers.submit(
                new Submit(
                        procedure.id(),
                        Channel.COUNTER,
                        center,
                        new Applicant(
                                Applicant.ApplicantType.CITIZEN,
                                "Đinh Văn Sáu",
                                Applicant.IdType.CCCD,
                                idNumber(),
                                null,
                                null,
                                null,
                                null,
                                "Phường Hồng Sơn"),
                        null,
                        DeliveryMethod.COUNTER,
                        null,
                        List.of(new DocumentInput(
                                1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                List.of(),
                Actor.person(deskOfficer),
                null);
    }

    DossierView act(DossierView d, DossierCommand command, CurrentUser by) {
        return dossiers.handle(DossierRef.of(d.code()), command, Actor.person(by));
    }
}
