package org.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.motcua.MotcuaApplication;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.Users;
import org.motcua.notification.Mailroom.Recipient;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application stops after a dossier's commit and before its messages are sent, and starts again on the
 * same database: each message goes out exactly once. Two whole application contexts in turn on one
 * PostgreSQL server (as one deployment restarted), with an SMTP server (GreenMail) and an SMSC (the jSMPP
 * demo SMSC) that outlive both, so that whatever either instance sent is counted.
 *
 * <p>The first instance dies as a killed process would: while its notification listener is in the middle
 * of one dossier's event (its outbox rows inserted, not committed), every database connection it holds is
 * terminated — PostgreSQL rolls back what they had not committed, exactly as when a process dies — and the
 * context is closed without letting the listener finish. A second dossier's messages were committed to the
 * outbox but never sent (the first instance's sender never ran). The second instance is handed the first
 * dossier's event again from the event publication registry at start-up and sends both dossiers' messages,
 * once.
 */
class NotificationRestartIntegrationTests {

    static EmbeddedPostgres database;
    static GreenMail mail;
    static DemoSmsc smsc;
    static Path files;

    /** Whose messages the first instance dies while writing. */
    static final String INTERRUPTED =
            "gian-doan-" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";

    static final CountDownLatch inListener = new CountDownLatch(1);
    static final CountDownLatch never = new CountDownLatch(1);

    @BeforeAll
    static void peers() throws Exception {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("motcua-restart-"))
                .setCleanDataDirectory(true)
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        files = Files.createTempDirectory("motcua-restart-files-");
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        smsc = new DemoSmsc(0);
    }

    @AfterAll
    static void stop() throws Exception {
        never.countDown();
        if (smsc != null) {
            smsc.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    static ConfigurableApplicationContext start(boolean sends, Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(MotcuaApplication.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(
                        "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--server.port=0",
                        "--motcua.demo=true",
                        "--motcua.documents.storage-dir=" + files,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mail.getSmtp().getPort(),
                        "--motcua.sms.provider=smpp",
                        "--motcua.sms.smpp.host=127.0.0.1",
                        "--motcua.sms.smpp.port=" + smsc.port(),
                        "--motcua.sms.smpp.system-id=motcua",
                        "--motcua.sms.smpp.password=demo",
                        "--motcua.notification.quiet-from=00:00",
                        "--motcua.notification.quiet-until=00:00",
                        "--motcua.notification.poll-interval=200ms",
                        "--motcua.notification.initial-delay=" + (sends ? "0s" : "1h"),
                        "--motcua.notification.rate-per-second.EMAIL=5000",
                        "--motcua.notification.rate-per-second.SMS=5000");
    }

    /** In the first instance only: the listener stops for good inside the interrupted applicant's event. */
    @Configuration(proxyBeanMethods = false)
    static class DiesInTheListener {
        @Bean
        static BeanPostProcessor stopsInTheListener() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Mailroom mailroom)) {
                        return bean;
                    }
                    Mailroom spy = Mockito.spy(mailroom);
                    doAnswer(call -> {
                                Object added = call.callRealMethod();
                                if (INTERRUPTED.equals(((Recipient) call.getArgument(1)).email())) {
                                    inListener.countDown();
                                    never.await(); // the process is gone: this thread never goes on
                                    throw new IllegalStateException("the application was stopped");
                                }
                                return added;
                            })
                            .when(spy)
                            .post(any(), any(), any(), any());
                    return spy;
                }
            };
        }
    }

    @Test
    void stoppedAfterTheCommitAndBeforeTheSendEachMessageGoesOutOnceAfterTheRestart() throws Exception {
        String unsent = "chua-gui-" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String interruptedPhone = "+8491" + String.format("%07d", Math.abs(INTERRUPTED.hashCode()) % 10_000_000);
        String unsentPhone = "+8492" + String.format("%07d", Math.abs(unsent.hashCode()) % 10_000_000);

        ConfigurableApplicationContext first = start(false, DiesInTheListener.class);
        // Committed to the outbox, never sent: this instance's sender does not run before it dies.
        String unsentCode = receive(first, unsentPhone, unsent).code();
        // (the demo dossiers' own events, from the start-up, are being handled too: it may take a while)
        await().atMost(Duration.ofSeconds(180)).until(() -> messages(unsentCode).size() == 2);
        // Committed dossier, its listener in the middle of writing the messages.
        String code = receive(first, interruptedPhone, INTERRUPTED).code();
        assertThat(inListener.await(180, TimeUnit.SECONDS)).isTrue();

        int killed = sql(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'");
        assertThat(killed).isPositive();
        first.close();

        assertThat(messages(code)).as("the listener's inserts were rolled back").isEmpty();
        assertThat(incompleteNotifications(code))
                .as("left incomplete in the registry")
                .isEqualTo(1);
        // (registered at the counter for someone without an account: e-mail and SMS, no in-app notice)
        assertThat(messages(unsentCode)).containsExactly("EMAIL:PENDING", "SMS:PENDING");
        assertThat(mailsTo(INTERRUPTED) + mailsTo(unsent)).isZero();

        ConfigurableApplicationContext second = start(true);
        try {
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> mailsTo(INTERRUPTED) == 1
                            && mailsTo(unsent) == 1
                            && smsTo(interruptedPhone) == 1
                            && smsTo(unsentPhone) == 1);
            await().atMost(Duration.ofSeconds(60)).until(() -> incompleteNotifications(code) == 0);
            Thread.sleep(2_000); // anything that would double has had time to
            assertThat(mailsTo(INTERRUPTED)).isEqualTo(1);
            assertThat(mailsTo(unsent)).isEqualTo(1);
            assertThat(smsTo(interruptedPhone)).isEqualTo(1);
            assertThat(smsTo(unsentPhone)).isEqualTo(1);
            assertThat(messages(code)).hasSize(2).contains("EMAIL:SENT");
        } finally {
            second.close();
        }
    }

    static DossierView receive(ConfigurableApplicationContext app, String phone, String email) {
        Catalog catalog = app.getBean(Catalog.class);
        Users users = app.getBean(Users.class);
        return app.getBean(Dossiers.class)
                .submit(
                        new Submit(
                                catalog.procedureByCode(NotificationTestSupport.PROCEDURE)
                                        .orElseThrow()
                                        .id(),
                                Channel.COUNTER,
                                catalog.agencyByCode("000.00.01.H41")
                                        .orElseThrow()
                                        .id(),
                                new Applicant(
                                        Applicant.ApplicantType.CITIZEN,
                                        "Hà Văn Bảy",
                                        Applicant.IdType.CCCD,
                                        "0400" + String.format("%08d", Math.abs(email.hashCode()) % 100_000_000),
                                        null,
                                        null,
                                        phone,
                                        email,
                                        "Phường Hồng Sơn"),
                                null,
                                DeliveryMethod.COUNTER,
                                null,
                                List.of(new DocumentInput(
                                        1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                        List.of(),
                        Actor.person(users.findByUsername("tiepnhan").orElseThrow()),
                        null);
    }

    static long mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .count();
    }

    static long smsTo(String number) {
        return smsc.received().stream().filter(s -> s.to().equals(number)).count();
    }

    static List<String> messages(String code) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getPostgresDatabase().getConnection();
                var s = c.prepareStatement("select channel || ':' || status from notification.message"
                        + " where dossier_code = ? and trigger = 'RECEIVED' order by channel")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    static int incompleteNotifications(String code) throws Exception {
        return sql("select count(*) from event_publication where completion_date is null"
                + " and listener_id like '%DossierNotifications%' and serialized_event like '%" + code + "%'");
    }

    static int sql(String query) throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
