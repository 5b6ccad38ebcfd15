package org.motcua.notification;

import java.time.Instant;

/**
 * One version of the text for a trigger on a channel in a language. {@code subject} is the e-mail subject
 * or the in-app notice's title (none for SMS and Zalo).
 */
public record Template(
        Trigger trigger,
        NotificationChannel channel,
        String language,
        int version,
        String subject,
        String body,
        Instant savedAt,
        String savedBy) {}
