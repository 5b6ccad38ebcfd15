package org.motcua.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event again to the listener that failed on it (a deadlock, a peer that did not answer) once
 * it has stayed incomplete in the event publication registry for a while; without this, a failed
 * publication waited for the next restart. Listeners are idempotent, so a publication another node is
 * still working on may safely be handed over twice.
 */
@Component
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetries(
            IncompleteEventPublications incomplete, @Value("${motcua.events.retry-older-than:1m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${motcua.events.retry-interval:1m}", initialDelayString = "1m")
    @SchedulerLock(name = "shared.event-retries", lockAtMostFor = "PT5M")
    void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("could not resubmit incomplete event publications: {}", e.toString());
        }
    }
}
