package org.motcua.postal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls open postal orders (VNPost publishes no callback; ViettelPost is asked to send the journey again),
 * retries orders a carrier never answered, and records returns a click could not (one node at a time).
 */
@Component
class TrackingPoll {

    static final int BATCH = 200;

    private final Postal postal;

    TrackingPoll(Postal postal) {
        this.postal = postal;
    }

    @Scheduled(
            fixedDelayString = "${motcua.postal.poll-every:10m}",
            initialDelayString = "${motcua.postal.poll-every:10m}")
    @SchedulerLock(name = "postal.tracking-poll", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void poll() {
        postal.poll(BATCH);
    }
}
