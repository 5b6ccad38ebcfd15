package org.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's door for pages and other modules: a person's in-app notices and unread count,
 * what was sent about a dossier, failed messages and their resending, a test message, and in demo mode the
 * mail and SMS the in-process servers received.
 */
@Service
public class Notifications {

    /** A mail the demo SMTP server received. */
    public record DemoMail(String to, String subject, String text, Instant at) {}

    private static final int LIST_LIMIT = 200;

    private final Outbox outbox;
    private final Mailroom mailroom;
    private final Channels channels;
    private final Dossiers dossiers;
    private final ObjectProvider<GreenMail> demoMail;
    private final ObjectProvider<DemoSmsc> demoSmsc;
    private final Clock clock;

    Notifications(
            Outbox outbox,
            Mailroom mailroom,
            Channels channels,
            Dossiers dossiers,
            ObjectProvider<GreenMail> demoMail,
            ObjectProvider<DemoSmsc> demoSmsc,
            Clock clock) {
        this.outbox = outbox;
        this.mailroom = mailroom;
        this.channels = channels;
        this.dossiers = dossiers;
        this.demoMail = demoMail;
        this.demoSmsc = demoSmsc;
        this.clock = clock;
    }

    /** The person's in-app notices, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> notices(CurrentUser user) {
        return outbox.notices(user.id(), LIST_LIMIT).stream()
                .map(NotificationView::of)
                .toList();
    }

    /** The person's in-app notices about one dossier, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> noticesAbout(CurrentUser user, UUID dossierId) {
        return outbox.notices(user.id(), dossierId).stream()
                .map(NotificationView::of)
                .toList();
    }

    /** Marks the person's notices about one dossier read; answers how many were unread. */
    @Transactional
    public int markReadAbout(CurrentUser user, UUID dossierId) {
        return outbox.markReadAbout(user.id(), dossierId, clock.instant());
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        return user == null ? 0 : outbox.unread(user.id());
    }

    /** Marks one of the person's notices read; another's does not exist for them (404). */
    @Transactional
    public void markRead(CurrentUser user, UUID id) {
        if (!outbox.markRead(user.id(), id, clock.instant())) {
            throw DomainException.notFound("notification.not_found", id);
        }
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return outbox.markAllRead(user.id(), clock.instant());
    }

    /** What was sent about a dossier the person may see: when, on which channel, and its status. */
    @Transactional(readOnly = true)
    public List<NotificationView> ofDossier(String codeOrId, CurrentUser user) {
        DossierView dossier = dossiers.get(codeOrId, user);
        return outbox.ofDossier(dossier.id()).stream().map(NotificationView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<NotificationView> withStatus(MessageStatus status) {
        return outbox.withStatus(status, LIST_LIMIT).stream()
                .map(NotificationView::of)
                .toList();
    }

    /** Sends a failed message again, with a fresh count of attempts. */
    @Transactional
    public NotificationView resend(UUID id) {
        OutboxMessage m = outbox.find(id).orElseThrow(() -> DomainException.notFound("notification.not_found", id));
        if (!outbox.resend(id, clock.instant())) {
            throw DomainException.conflict("notification.not_failed", m.status().name());
        }
        return NotificationView.of(outbox.find(id).orElseThrow());
    }

    /**
     * Queues a test message to {@code to} (a phone for SMS and Zalo, an e-mail address for e-mail), sent at
     * once whatever the hour; refused (400) naming {@code to} when it is not a phone or address.
     */
    @Transactional
    public NotificationView test(NotificationChannel channel, String to, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(new FieldError("channel", "NotNull", null));
        } else if (channel == NotificationChannel.IN_APP) {
            errors.add(new FieldError("channel", "Invalid", null));
        }
        String body = Text.clean(text);
        if (body == null) {
            errors.add(new FieldError("text", "NotBlank", null));
        } else if (body.length() > 1000) {
            errors.add(new FieldError("text", "Size", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        String address;
        if (channel == NotificationChannel.EMAIL) {
            address = Mailroom.email(to);
            if (address == null) {
                throw DomainException.invalid(
                        "validation.failed",
                        List.of(new FieldError("to", Text.clean(to) == null ? "NotBlank" : "Email", null)));
            }
        } else {
            address = PhoneNumbers.normalise("to", to);
        }
        if (!channels.available(channel) || channel == NotificationChannel.ZALO) {
            throw DomainException.conflict("notification.channel_unavailable", channel.name());
        }
        OutboxMessage m = mailroom.postText(
                new Occasion("test:" + UUID.randomUUID(), Trigger.TEST, null, null),
                channel,
                address,
                "motcua: thư thử / test message",
                body);
        return NotificationView.of(m);
    }

    /** The provider of each channel configured ("SMTP 127.0.0.1:3025", "SMPP …"). */
    public Map<NotificationChannel, String> providers() {
        return channels.providers();
    }

    /** Whether the demo servers run (demo mode without real providers). */
    public boolean demoServers() {
        return demoMail.getIfAvailable() != null || demoSmsc.getIfAvailable() != null;
    }

    /** The mails the demo SMTP server received, newest first (empty outside demo mode). */
    public List<DemoMail> demoMails() {
        GreenMail server = demoMail.getIfAvailable();
        if (server == null) {
            return List.of();
        }
        List<DemoMail> mails = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                mails.add(new DemoMail(
                        to == null
                                ? ""
                                : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                        m.getSubject(),
                        plainText(m),
                        m.getSentDate() == null ? null : m.getSentDate().toInstant()));
            } catch (MessagingException | IOException e) {
                mails.add(new DemoMail("?", "(unreadable)", e.getMessage(), null));
            }
        }
        return mails.reversed();
    }

    /** The text part of a mail (the first one found), or its content when it has no parts. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                String text = plainText(multi.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The SMS the demo SMSC received, newest first (empty outside demo mode). */
    public List<DemoSmsc.Received> demoSms() {
        DemoSmsc smsc = demoSmsc.getIfAvailable();
        return smsc == null ? List.of() : smsc.received().reversed();
    }
}
