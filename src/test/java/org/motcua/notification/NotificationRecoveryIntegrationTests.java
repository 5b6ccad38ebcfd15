package org.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Nothing is lost and nothing doubles when the listener does not complete: the dossier's event stays
 * incomplete in the event publication registry (as after a crash between the dossier's commit and the
 * listener), is handed over again — as the registry does on restart — and produces its messages once,
 * however often it is resubmitted.
 */
@SpringBootTest(
        properties = {
            "motcua.demo=true",
            "motcua.notification.poll-interval=200ms",
            "motcua.notification.initial-delay=0s",
            NotificationTestSupport.NO_QUIET_HOURS,
            NotificationTestSupport.NO_QUIET_HOURS_END
        })
class NotificationRecoveryIntegrationTests extends NotificationTestSupport {

    @MockitoSpyBean
    Mailroom mailroom;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    GreenMail mailServer;

    long mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .count();
    }

    long incompleteNotifications() {
        return jdbc.sql("""
                        select count(*) from event_publication
                         where completion_date is null and listener_id like '%DossierNotifications%'""").query(Long.class).single();
    }

    @Test
    void anEventTheListenerDidNotCompleteIsHandedOverAgainAndSendsOnce() throws Exception {
        String email = "phuc-hoi-" + run + "@example.vn";
        // Only this applicant's message fails: other listeners (the demo's own events, still being handled
        // on the listener threads) post too.
        doThrow(new IllegalStateException("the application stopped"))
                .doCallRealMethod()
                .when(mailroom)
                .post(any(), argThat(to -> to != null && email.equals(to.email())), any(), any());
        String code = receivedDossier(null, email);

        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteNotifications() == 1);
        assertThat(messages(code, Trigger.RECEIVED)).isEmpty();

        incomplete.resubmitIncompletePublications(p -> true);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteNotifications() == 0);
        assertThat(messages(code, Trigger.RECEIVED)).containsExactly("EMAIL:SENT", "IN_APP:DELIVERED");

        // handed over once more (a second restart): nothing new
        doCallRealMethod().when(mailroom).post(any(), any(), any(), any());
        incomplete.resubmitIncompletePublications(p -> true);
        Thread.sleep(1_000);
        assertThat(mailsTo(email)).isEqualTo(1);
        assertThat(messages(code, Trigger.RECEIVED)).hasSize(2);
    }
}
