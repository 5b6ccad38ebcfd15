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

    /**
     * A client's file name made safe to store and send back: its last segment, without control
     * characters, at most 200 characters — never a path. {@code fallback} when nothing is left.
     */
    public static String fileName(String value, String fallback) {
        String name = clean(value);
        if (name == null) {
            return fallback;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
