package org.motcua.notification;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads what tests check in a received mail. */
final class MailTexts {

    private MailTexts() {}

    /** The text/plain part of a mail. */
    static String plainText(Part part) throws Exception {
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
}
