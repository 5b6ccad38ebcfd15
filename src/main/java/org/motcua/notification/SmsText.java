package org.motcua.notification;

import java.text.Normalizer;

/**
 * SMS arithmetic: a text that fits the GSM 7-bit alphabet takes 160 characters in one segment (153 per
 * segment when concatenated, the user data header takes the rest; characters of the extension table such as
 * {@code €} or {@code [} count twice); any other text — Vietnamese with its diacritics — is sent as UCS-2,
 * 70 characters in one segment, 67 per segment when concatenated. Gateways that refuse Unicode get the
 * unaccented variant ({@link #unaccented}).
 */
record SmsText(String text, boolean gsm7, int units, int segments) {

    /** The most segments one message may take (a template over it is refused). */
    static final int MAX_SEGMENTS = 5;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    static SmsText of(String text) {
        String t = text == null ? "" : text;
        int units = 0;
        boolean gsm = true;
        for (int i = 0; i < t.length() && gsm; i++) {
            char c = t.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                units++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                units += 2;
            } else {
                gsm = false;
            }
        }
        if (!gsm) {
            // UCS-2 counts UTF-16 code units
            units = t.length();
            return new SmsText(t, false, units, segments(units, 70, 67));
        }
        return new SmsText(t, true, units, segments(units, 160, 153));
    }

    private static int segments(int units, int single, int perPart) {
        if (units == 0) {
            return 0;
        }
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }

    /** The text without Vietnamese diacritics ("Hồ sơ đã tiếp nhận" → "Ho so da tiep nhan"). */
    static String unaccented(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Normalizer.normalize(decomposed.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC);
    }
}
