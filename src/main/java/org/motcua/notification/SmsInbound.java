package org.motcua.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motcua.dossier.Addressee;
import org.motcua.dossier.Dossiers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What comes back over SMPP: delivery receipts update the outbox (an undelivered SMS falls back to
 * e-mail), and a text "HS &lt;dossier code&gt;" from the applicant's own phone is answered with the
 * dossier's status and appointment. A code asked for from another phone is answered as unknown.
 */
@Component
class SmsInbound implements SmppSender.Inbound {

    private static final Pattern LOOKUP = Pattern.compile("\\s*HS\\s+(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Outbox outbox;
    private final ObjectProvider<Mailroom> mailroom;
    private final Dossiers dossiers;
    private final MessageSource messages;
    private final Clock clock;

    SmsInbound(
            Outbox outbox, ObjectProvider<Mailroom> mailroom, Dossiers dossiers, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.mailroom = mailroom;
        this.dossiers = dossiers;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void receipt(String messageId, boolean delivered, String error) {
        outbox.receipt(NotificationChannel.SMS, messageId, delivered, error, clock.instant())
                .filter(id -> !delivered)
                .flatMap(outbox::find)
                .ifPresent(m -> mailroom.getObject().fallback(m));
    }

    @Override
    public String message(String from, String text) {
        Matcher m = LOOKUP.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return messages.getMessage("notification.sms.lookup.help", null, VI);
        }
        String code = m.group(1);
        Optional<Addressee> dossier = dossiers.addressee(code)
                .filter(d -> d.code() != null || d.reference() != null)
                .filter(d -> from.equals(PhoneNumbers.orNull(d.phone())));
        if (dossier.isEmpty()) {
            return messages.getMessage("notification.sms.lookup.unknown", new Object[] {code}, VI);
        }
        Addressee d = dossier.get();
        String status = messages.getMessage(
                "dossier.status." + d.status(), null, d.status().name(), VI);
        return messages.getMessage(
                d.appointment() == null ? "notification.sms.lookup.status" : "notification.sms.lookup.appointment",
                new Object[] {
                    d.code() != null ? d.code() : d.reference(), status, DossierNotifications.time(d.appointment())
                },
                VI);
    }
}
