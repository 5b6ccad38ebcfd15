package org.motcua.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One message of the outbox: for one recipient on one channel, rendered when it was created.
 *
 * @param eventKey what caused it: {@code <dossier id>:<version>:<event type>} for a dossier event; with
 *     {@code recipient} and {@code channel} it is unique, so a repeated event adds nothing
 * @param recipient the address: {@code +84…} for SMS and Zalo, the e-mail address, or the account id in-app
 * @param placeholderValues the values the text was rendered with (a fallback renders another channel's
 *     template with them)
 * @param fallbackEmail where an SMS goes as e-mail when it fails for good
 * @param fallbackOf the SMS this e-mail replaces
 */
public record OutboxMessage(
        UUID id,
        String eventKey,
        Trigger trigger,
        NotificationChannel channel,
        String recipient,
        UUID accountId,
        UUID dossierId,
        String dossierCode,
        String language,
        String subject,
        String body,
        Integer templateVersion,
        Map<String, String> placeholderValues,
        String fallbackEmail,
        UUID fallbackOf,
        boolean urgent,
        MessageStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String providerMessageId,
        Instant createdAt,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt) {}
