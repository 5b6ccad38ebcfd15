package org.motcua.shared;

import java.text.Normalizer;

/** User text rules: everything typed by a person is stored in Unicode NFC (PDF fonts and search need it). */
public final class Text {

    private Text() {}

    /** NFC form of {@code value}; {@code null} stays {@code null}. */
    public static String nfc(String value) {
        if (value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** NFC form, trimmed; blank becomes {@code null}. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = nfc(value).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
