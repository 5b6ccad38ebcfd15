package org.motcua.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications completed more than {@code motcua.events.keep-completed} ago (default 7
 * days), every night. The registry keeps a completed publication forever otherwise: eleven rows of about
 * 2 KB for each dossier's plain lifecycle, which at a province's volume grows by gigabytes a year and slows
 * every insert into it. A week is kept to answer "was this event handled, and when?"; the dossier's history
 * remains the record of what happened. Incomplete and failed publications are never deleted.
 */
@Component
class EventPublicationPurge {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationPurge.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventPublicationPurge(
            CompletedEventPublications completed, @Value("${motcua.events.keep-completed:7d}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${motcua.events.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "shared.event-publication-purge", lockAtMostFor = "PT30M")
    void purge() {
        completed.deletePublicationsOlderThan(keep);
        log.info("event publications completed more than {} ago deleted", keep);
    }
}
