package org.motcua.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.notification.*}: how the outbox is sent.
 *
 * @param channels the channels applicants and officers are written to (each still needs its provider
 *     configured and the person's contact); an SMS that fails for good falls back to e-mail even when
 *     e-mail is not listed
 * @param emailFrom the sender address of e-mails
 * @param batchSize messages taken per run of the sender
 * @param maxAttempts attempts before a message fails for good
 * @param firstRetry the wait after the first failed attempt; it doubles with each further one
 * @param maxRetry the longest wait between two attempts
 * @param lease how long a message taken for sending is kept from other senders (a crash mid-send retries
 *     it after this)
 * @param quietFrom when non-urgent messages stop being sent (Vietnam time)
 * @param quietUntil when they are sent again
 * @param ratePerSecond the most messages handed to each provider per second, by channel
 * @param concurrency how many messages of a batch are handed to providers at once (1: one after another)
 */
@ConfigurationProperties("motcua.notification")
record NotificationSettings(
        @DefaultValue({"EMAIL", "SMS", "ZALO", "IN_APP"}) List<NotificationChannel> channels,
        @DefaultValue("no-reply@motcua.local") String emailFrom,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("21:00") LocalTime quietFrom,
        @DefaultValue("07:00") LocalTime quietUntil,
        @DefaultValue Map<NotificationChannel, Integer> ratePerSecond,
        @DefaultValue("16") int concurrency) {

    /** The wait before attempt {@code attempts + 1} after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    int rate(NotificationChannel channel) {
        return ratePerSecond == null ? 100 : ratePerSecond.getOrDefault(channel, 100);
    }
}
