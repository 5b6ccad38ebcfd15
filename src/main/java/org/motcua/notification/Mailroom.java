package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.motcua.notification.NotificationPreferences.Preference;
import org.motcua.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "tell this person about this" into outbox rows: one per channel the person can be reached on,
 * rendered with the template in force. Nothing is sent here; the {@link OutboxSender} does that later,
 * outside the caller's transaction.
 */
@Component
class Mailroom {

    /** Whom to write to. Any of the addresses may be missing. */
    record Recipient(String name, String phone, String email, UUID accountId) {}

    /** What caused the messages, and about which dossier (null for a verification code). */
    record Occasion(String eventKey, Trigger trigger, UUID dossierId, String dossierCode) {}

    /**
     * The placeholder values of a message in a language: some are words ("đã có kết quả", "has its
     * result"), so an English message takes English values and a Vietnamese one Vietnamese values.
     */
    @FunctionalInterface
    interface Values {
        Map<String, String> in(String language);

        /** The same values whatever the language (codes, fallbacks from values already kept). */
        static Values of(Map<String, String> values) {
            return language -> values;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Mailroom.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Officers hear in the workspace and by e-mail; SMS and Zalo are for applicants. */
    private static final List<NotificationChannel> OFFICER_CHANNELS =
            List.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL);

    private static final List<NotificationChannel> ORDER = List.of(
            NotificationChannel.IN_APP, NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.ZALO);

    private final Outbox outbox;
    private final Templates templates;
    private final Channels channels;
    private final QuietHours quiet;
    private final Clock clock;

    Mailroom(Outbox outbox, Templates templates, Channels channels, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.channels = channels;
        this.quiet = new QuietHours(settings.quietFrom(), settings.quietUntil());
        this.clock = clock;
    }

    /** The e-mail address in lower case, or null when it is not one. */
    static String email(String typed) {
        String email = Text.line(typed);
        return email != null && email.length() <= 200 && EMAIL.matcher(email).matches()
                ? email.toLowerCase(Locale.ROOT)
                : null;
    }

    /**
     * Adds a message per channel {@code to} can be reached on and wants to be written to on ({@code
     * preference}), in the language they chose when a template exists in it (else in Vietnamese); answers
     * how many were new.
     */
    int post(Occasion occasion, Recipient to, Values values, Preference preference) {
        int added = 0;
        for (NotificationChannel channel : ORDER) {
            boolean officerChannel = !occasion.trigger().audience().staff() || OFFICER_CHANNELS.contains(channel);
            if (channels.used(channel)
                    && officerChannel
                    && preference.wants(channel)
                    && postOn(channel, occasion, to, values, preference.language())) {
                added++;
            }
        }
        return added;
    }

    /** Adds the message on {@code channel} alone (a verification code goes where it was asked to). */
    boolean postOnly(Occasion occasion, Recipient to, Values values, String language, NotificationChannel channel) {
        return channels.available(channel) && postOn(channel, occasion, to, values, language);
    }

    private boolean postOn(
            NotificationChannel channel, Occasion occasion, Recipient to, Values values, String language) {
        String email = email(to.email());
        String phone = PhoneNumbers.orNull(to.phone());
        String address = switch (channel) {
            case IN_APP -> to.accountId() == null ? null : to.accountId().toString();
            case EMAIL -> email;
            case SMS -> phone;
            case ZALO -> phone;
        };
        if (address == null) {
            return false;
        }
        Optional<OutboxMessage> message = render(
                occasion,
                channel,
                address,
                to.accountId(),
                values,
                language,
                channel == NotificationChannel.SMS ? email : null,
                null);
        return message.isPresent() && outbox.add(message.get());
    }

    /** A message with a text of its own, no template (an administrator's test). */
    OutboxMessage postText(
            Occasion occasion, NotificationChannel channel, String address, String subject, String body) {
        Instant now = clock.instant();
        OutboxMessage m = new OutboxMessage(
                UUID.randomUUID(),
                occasion.eventKey(),
                occasion.trigger(),
                channel,
                address,
                null,
                null,
                null,
                "vi",
                subject,
                body,
                null,
                Map.of(),
                null,
                null,
                true,
                MessageStatus.PENDING,
                0,
                now,
                null,
                null,
                now,
                null,
                null,
                null);
        outbox.add(m);
        return m;
    }

    /**
     * When an SMS failed for good: the same news by e-mail to the address known when it was created, unless
     * an e-mail for the same event already went there. True when one was added.
     */
    boolean fallback(OutboxMessage failed) {
        if (failed.channel() != NotificationChannel.SMS
                || failed.fallbackEmail() == null
                || !channels.available(NotificationChannel.EMAIL)) {
            return false;
        }
        Occasion occasion = new Occasion(failed.eventKey(), failed.trigger(), failed.dossierId(), failed.dossierCode());
        Optional<OutboxMessage> email = failed.trigger().templated()
                ? render(
                        occasion,
                        NotificationChannel.EMAIL,
                        failed.fallbackEmail(),
                        null,
                        Values.of(failed.placeholderValues()),
                        failed.language(),
                        null,
                        failed.id())
                : Optional.empty();
        boolean added = email.isPresent() && outbox.add(email.get());
        if (added) {
            log.info(
                    "SMS {} failed for good: sent as e-mail {} instead",
                    failed.id(),
                    email.get().id());
        }
        return added;
    }

    private Optional<OutboxMessage> render(
            Occasion occasion,
            NotificationChannel channel,
            String address,
            UUID accountId,
            Values valuesIn,
            String language,
            String fallbackEmail,
            UUID fallbackOf) {
        Trigger trigger = occasion.trigger();
        Optional<Template> template = templates.current(trigger, channel, language);
        if (template.isEmpty()) {
            if (channel == NotificationChannel.ZALO) {
                // Zalo templates are registered at Zalo one by one: a trigger without one is not sent there
                log.debug("No Zalo template for {}: not sent over Zalo", trigger);
            } else {
                log.warn("No {} template for {} in {}: nothing sent on that channel", channel, trigger, language);
            }
            return Optional.empty();
        }
        // the template's own language: an English one missing, the Vietnamese one with Vietnamese values
        language = template.get().language();
        Map<String, String> values = valuesIn.in(language);
        Integer version = template.get().version();
        String subject;
        String body;
        if (channel == NotificationChannel.ZALO) {
            subject = template.get().subject(); // the ZNS template id
            body = ZnsTemplate.lines(ZnsTemplate.render(template.get().body(), values));
        } else {
            subject = TemplateText.render(template.get().subject(), values);
            body = TemplateText.render(template.get().body(), values);
        }
        Instant now = clock.instant();
        boolean inApp = channel == NotificationChannel.IN_APP;
        return Optional.of(new OutboxMessage(
                UUID.randomUUID(),
                occasion.eventKey(),
                trigger,
                channel,
                address,
                inApp ? accountId : null,
                occasion.dossierId(),
                occasion.dossierCode(),
                language,
                subject,
                body,
                version,
                values,
                fallbackEmail,
                fallbackOf,
                trigger.urgent(),
                inApp ? MessageStatus.DELIVERED : MessageStatus.PENDING,
                0,
                inApp ? null : trigger.urgent() ? now : quiet.next(now),
                null,
                null,
                now,
                null,
                inApp ? now : null,
                null));
    }
}
