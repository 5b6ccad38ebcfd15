package org.motcua.shared;

import java.text.Normalizer;

/**
 * User text rules: everything typed by a person is stored in Unicode NFC (PDF fonts and search need it),
 * without characters nobody can see or type on purpose.
 *
 * <p>{@link #nfc} runs on every string that enters the application (JSON, form and query parameters,
 * path variables), so it keeps what multi-line text needs: tab and line feed (CR LF and a lone CR
 * become LF, as do the Unicode line and paragraph separators). It removes every other control
 * character (NUL, which PostgreSQL refuses, and the C1 range) and every format character: zero-width
 * space, joiners and non-joiners, word joiner, byte order mark, soft hyphen and the bidirectional
 * controls, which can make a name look like another or a blank one look filled in. A lone surrogate
 * (possible in JSON as {@code \ud800}) cannot be stored as UTF-8 and goes too. Single-line fields take
 * {@link #line}, which also turns tabs and line breaks into spaces.
 */
public final class Text {

    private Text() {}

    /** Without invisible characters and in NFC; {@code null} stays {@code null}. Blanks are kept. */
    public static String nfc(String value) {
        if (value == null) {
            return null;
        }
        String visible = needsCleaning(value) ? visible(value) : value;
        if (Normalizer.isNormalized(visible, Normalizer.Form.NFC)) {
            return visible;
        }
        return Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /**
     * {@link #nfc}, trimmed of every kind of space (no-break spaces too); blank becomes {@code null}.
     * Line breaks inside are kept (notes, addresses).
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = nfc(value);
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : text.substring(start, end);
    }

    /**
     * {@link #clean} for a single-line field (a name, an e-mail address, a number): every run of
     * spaces, tabs and line breaks inside becomes one space.
     */
    public static String line(String value) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!space(c)) {
                line.append(c);
            } else if (!space(text.charAt(i - 1))) { // never first: clean() stripped the ends
                line.append(' ');
            }
        }
        return line.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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

    // Most strings have nothing to remove: one scan, no copy.
    private static boolean needsCleaning(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && (removed(c) || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    private static String visible(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                kept.append('\n');
                if (i < value.length() && value.charAt(i) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                kept.append('\n');
            } else if (c == '\t' || c == '\n' || !removed(c)) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    private static boolean removed(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> true;
            default -> c == '\u2028' || c == '\u2029';
        };
    }
}
