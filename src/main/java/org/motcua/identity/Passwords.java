package org.motcua.identity;

import java.security.SecureRandom;
import java.util.List;
import org.motcua.shared.FieldError;

/**
 * The password rules (shown on every form that sets a password: at least 8 characters, with a letter
 * and a digit, at most 100) and passwords generated for officers by an administrator.
 */
final class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;

    // no 0/O, 1/l/I: a generated password is read aloud or copied from the screen
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /** The rule a password breaks, as a field error on {@code field}; empty when it is acceptable. */
    static List<FieldError> check(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of(new FieldError(field, "NotBlank", null));
        }
        boolean letter = raw.codePoints().anyMatch(Character::isLetter);
        boolean digit = raw.codePoints().anyMatch(Character::isDigit);
        if (raw.length() < MIN_LENGTH || raw.length() > MAX_LENGTH || !letter || !digit) {
            return List.of(new FieldError(field, "Password", null));
        }
        return List.of();
    }

    /** 12 characters, letters and digits, at least one of each. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        String all = LETTERS + DIGITS;
        for (int i = 0; i < 10; i++) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        password.insert(RANDOM.nextInt(password.length() + 1), LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        password.insert(RANDOM.nextInt(password.length() + 1), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        return password.toString();
    }
}
