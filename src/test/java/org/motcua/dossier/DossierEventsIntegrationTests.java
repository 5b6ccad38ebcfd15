package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.StepOverdue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events leave through Spring Modulith's publication registry: a listener that fails (or a process
 * that stops before it ran) leaves the publication incomplete in the database, to be resubmitted.
 */
@SpringBootTest
class DossierEventsIntegrationTests {

    /** Fails on its first delivery, like a mail server that is down, then works. */
    static class FlakyListener {
        private final AtomicInteger attempts = new AtomicInteger();
        private final List<Object> received = new CopyOnWriteArrayList<>();

        // Read through methods: the bean is a proxy (async, transactional), its fields are not the real ones.
        public int attempts() {
            return attempts.get();
        }

        public List<Object> received() {
            return received;
        }

        @ApplicationModuleListener
        void on(DossierReceived event) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("listener down");
            }
            received.add(event);
        }

        @ApplicationModuleListener
        void on(StepOverdue event) {
            received.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    DossierRepository dossiers;

    @Autowired
    DossierDeadlineWatch watch;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FlakyListener listener;

    @Test
    void aFailedListenerLeavesItsEventInTheRegistryUntilItIsResubmitted() {
        Dossier d = DossierFixtures.received();
        tx.executeWithoutResult(s -> dossiers.save(d));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts() >= 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.findIncompletePublications().stream()
                        .anyMatch(p -> p.getEvent() instanceof DossierReceived r
                                && r.dossierId().equals(d.id())));

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof DossierReceived r && r.dossierId().equals(d.id()));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> listener.received().stream()
                        .anyMatch(e ->
                                e instanceof DossierReceived r && r.dossierId().equals(d.id())));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.findIncompletePublications().stream()
                        .noneMatch(p -> p.getEvent() instanceof DossierReceived r
                                && r.dossierId().equals(d.id())));
    }

    @Test
    void theWatchWarnsOnceWhenAStepPassesItsDueTime() {
        Dossier d = DossierFixtures.received(); // step 1 was due on 2 March 2026
        tx.executeWithoutResult(s -> dossiers.save(d));

        assertThat(watch.run()).isPositive();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> listener.received().stream()
                        .anyMatch(
                                e -> e instanceof StepOverdue o && o.dossierId().equals(d.id())));
        watch.run();
        assertThat(listener.received().stream()
                        .filter(e -> e instanceof StepOverdue o && o.dossierId().equals(d.id())))
                .hasSize(1);
    }
}
