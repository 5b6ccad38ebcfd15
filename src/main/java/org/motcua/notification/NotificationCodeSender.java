package org.motcua.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.motcua.identity.VerificationCodeSender;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.notification.Mailroom.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registration and password-reset codes through the same outbox and providers as every other message: an
 * urgent message (sent at any hour, within seconds) added in the caller's transaction, so a registration
 * that is not saved sends no code.
 */
@Component
class NotificationCodeSender implements VerificationCodeSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationCodeSender.class);

    private final Mailroom mailroom;
    private final Channels channels;

    NotificationCodeSender(Mailroom mailroom, Channels channels) {
        this.mailroom = mailroom;
        this.channels = channels;
    }

    @Override
    public void send(VerificationCode code) {
        NotificationChannel channel =
                code.channel() == Channel.SMS ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        if (!channels.available(channel)) {
            log.warn(
                    "No {} provider is configured: the verification code for {} was not delivered",
                    channel,
                    code.destination());
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicant", code.recipientName() == null ? "" : code.recipientName());
        values.put("code", code.code());
        values.put("minutes", Long.toString(code.validFor().toMinutes()));
        values.put("centerName", "");
        values.put("centerAddress", "");
        values.put("hotline", "");
        Recipient to = channel == NotificationChannel.SMS
                ? new Recipient(code.recipientName(), code.destination(), null, null)
                : new Recipient(code.recipientName(), null, code.destination(), null);
        Occasion occasion = new Occasion("code:" + UUID.randomUUID(), Trigger.VERIFICATION_CODE, null, null);
        mailroom.postOnly(occasion, to, Mailroom.Values.of(values), "vi", channel);
    }
}
