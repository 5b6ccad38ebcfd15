package org.motcua.notification;

import java.time.Instant;
import java.util.UUID;

/** A message as the dossier page, the admin page and a person's notices show it. */
public record NotificationView(
        UUID id,
        Trigger trigger,
        NotificationChannel channel,
        String recipient,
        String dossierCode,
        String subject,
        String body,
        MessageStatus status,
        int attempts,
        String lastError,
        String providerMessageId,
        UUID fallbackOf,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt) {

    static NotificationView of(OutboxMessage m) {
        return new NotificationView(
                m.id(),
                m.trigger(),
                m.channel(),
                m.recipient(),
                m.dossierCode(),
                m.subject(),
                m.body(),
                m.status(),
                m.attempts(),
                m.lastError(),
                m.providerMessageId(),
                m.fallbackOf(),
                m.createdAt(),
                m.status() == MessageStatus.PENDING ? m.nextAttemptAt() : null,
                m.sentAt(),
                m.deliveredAt(),
                m.readAt());
    }
}
