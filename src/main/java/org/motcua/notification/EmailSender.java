package org.motcua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/** E-mail over SMTP (Jakarta Mail): a text and an HTML part, UTF-8 subject and body. */
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public String provider() {
        return mail instanceof JavaMailSenderImpl impl
                ? "SMTP " + impl.getHost() + ":" + (impl.getPort() < 0 ? 25 : impl.getPort())
                : "SMTP";
    }

    @Override
    public String send(OutboxMessage message) throws DeliveryException {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body(), html(message.subject(), message.body()));
            mime.setHeader("X-Motcua-Message-Id", message.id().toString());
            mail.send(mime);
            return mime.getMessageID();
        } catch (MailParseException | MailPreparationException e) {
            throw DeliveryException.permanent("invalid message: " + e.getMessage());
        } catch (MailSendException e) {
            boolean refusedAddress = e.getFailedMessages().values().stream()
                            .anyMatch(SendFailedException.class::isInstance)
                    && e.getFailedMessages().values().stream()
                            .map(SendFailedException.class::cast)
                            .anyMatch(f -> f.getInvalidAddresses() != null && f.getInvalidAddresses().length > 0);
            if (refusedAddress) {
                throw DeliveryException.permanent("address refused: " + e.getMessage());
            }
            throw DeliveryException.transientFailure(e.getMessage(), e);
        } catch (MailAuthenticationException e) {
            throw DeliveryException.transientFailure("SMTP authentication failed: " + e.getMessage(), e);
        } catch (MailException | MessagingException e) {
            throw DeliveryException.transientFailure(e.getMessage(), e);
        }
    }

    /** The text as a simple HTML page: escaped, lines kept, links clickable. */
    static String html(String subject, String text) {
        String body = HtmlUtils.htmlEscape(text == null ? "" : text)
                .replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>")
                .replace("\n", "<br>\n");
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(subject == null ? "" : subject)
                + "</title></head><body style=\"font-family:Arial,sans-serif;font-size:15px;line-height:1.5\">"
                + body
                + "</body></html>";
    }
}
