package org.motcua.feedback;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a text before it is published: e-mail addresses, phone numbers (Vietnamese,
 * with or without +84, spaces, dots or dashes), ID numbers (9 or 12 digits: CMND, CCCD; tax codes of 10 or
 * 13 digits alike), and the names given (the sender's, and any third party the officer lists).
 */
final class PersonalData {

    static final String MASK = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+?84|0)(?:[\\s.-]?\\d){8,10}(?![\\d])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d])\\d{9,13}(?![\\d])");

    private PersonalData() {}

    static String mask(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String masked = Normalizer.normalize(text, Normalizer.Form.NFC);
        masked = EMAIL.matcher(masked).replaceAll(MASK);
        masked = PHONE.matcher(masked).replaceAll(MASK);
        masked = ID_NUMBER.matcher(masked).replaceAll(MASK);
        for (String name : names) {
            if (name == null || name.isBlank() || name.strip().length() < 2) {
                continue;
            }
            String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
            masked = Pattern.compile(
                            "(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(masked)
                    .replaceAll(Matcher.quoteReplacement(MASK));
        }
        return masked;
    }
}
