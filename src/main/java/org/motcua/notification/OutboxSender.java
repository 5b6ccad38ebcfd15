package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, every few seconds, outside any transaction (a dossier's transaction
 * committed long before): each message due is taken under a lease, handed to its channel's provider at no
 * more than the channel's rate (several messages at once, {@code concurrency}), and marked sent with the provider's id — or retried after a wait that
 * doubles each time (non-urgent retries wait for the end of the quiet hours), until it fails for good;
 * an SMS that fails for good goes as e-mail instead.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Channels channels;
    private final Mailroom mailroom;
    private final NotificationSettings settings;
    private final QuietHours quiet;
    private final Clock clock;
    private final Map<NotificationChannel, Long> nextSlot = new EnumMap<>(NotificationChannel.class);

    OutboxSender(Outbox outbox, Channels channels, Mailroom mailroom, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.mailroom = mailroom;
        this.settings = settings;
        this.quiet = new QuietHours(settings.quietFrom(), settings.quietUntil());
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${motcua.notification.poll-interval:2s}",
            initialDelayString = "${motcua.notification.initial-delay:3s}")
    @SchedulerLock(name = "notification.outbox-sender", lockAtMostFor = "PT5M")
    void onSchedule() {
        run();
    }

    /** One round: sends every message due now (batch after batch); answers how many were tried. */
    public int run() {
        int tried = 0;
        List<OutboxMessage> batch;
        do {
            batch = outbox.claim(clock.instant(), settings.lease(), settings.batchSize());
            deliverAll(batch);
            tried += batch.size();
        } while (batch.size() == settings.batchSize());
        return tried;
    }

    /**
     * Hands a batch to the providers, up to {@code concurrency} messages at once (each on a virtual
     * thread): a provider's answer and the commit of its status take milliseconds each, which one message
     * after another would add up; PostgreSQL commits the concurrent status updates together.
     */
    private void deliverAll(List<OutboxMessage> batch) {
        if (settings.concurrency() <= 1 || batch.size() <= 1) {
            batch.forEach(this::deliver);
            return;
        }
        Semaphore slots = new Semaphore(settings.concurrency());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (OutboxMessage message : batch) {
                slots.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        deliver(message);
                    } finally {
                        slots.release();
                    }
                });
            }
        } // waits for every message of the batch
    }

    private void deliver(OutboxMessage message) {
        Optional<ChannelSender> sender = channels.sender(message.channel());
        if (sender.isEmpty()) {
            failed(message, DeliveryException.permanent("no provider is configured for " + message.channel()));
            return;
        }
        throttle(message.channel());
        try {
            String providerId = sender.get().send(message);
            outbox.sent(message.id(), providerId, clock.instant());
        } catch (DeliveryException e) {
            failed(message, e);
        } catch (RuntimeException e) {
            failed(message, DeliveryException.transientFailure(e.toString(), e));
        }
    }

    private void failed(OutboxMessage message, DeliveryException e) {
        int attempts = message.attempts() + 1;
        Instant next = null;
        if (!e.permanent() && attempts < settings.maxAttempts()) {
            next = clock.instant().plus(settings.backoff(attempts));
            if (!message.urgent()) {
                next = quiet.next(next);
            }
        }
        outbox.attemptFailed(message.id(), e.getMessage(), next);
        if (next == null) {
            log.warn(
                    "{} message {} to {} failed for good after {} attempt(s): {}",
                    message.channel(),
                    message.id(),
                    message.recipient(),
                    attempts,
                    e.getMessage());
            mailroom.fallback(message);
        } else {
            log.info(
                    "{} message {} attempt {} failed, next at {}: {}",
                    message.channel(),
                    message.id(),
                    attempts,
                    next,
                    e.getMessage());
        }
    }

    /** Waits for the channel's next slot: at most {@code ratePerSecond} messages a second per provider. */
    private void throttle(NotificationChannel channel) {
        long interval = 1_000_000_000L / Math.max(1, settings.rate(channel));
        long now;
        long slot;
        synchronized (nextSlot) {
            now = System.nanoTime();
            slot = Math.max(now, nextSlot.getOrDefault(channel, now));
            nextSlot.put(channel, slot + interval);
        }
        if (slot > now) {
            LockSupport.parkNanos(slot - now);
        }
    }
}
