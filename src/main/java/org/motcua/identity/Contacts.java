package org.motcua.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.motcua.shared.Text;

/**
 * How e-mail addresses and phone numbers are written into accounts, so that one person's contact is
 * found however it was typed: e-mail in lower case, phone as Vietnamese national digits ("+84 912 345
 * 678" and "0912.345.678" are both "0912345678").
 */
final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");

    private Contacts() {}

    /** The e-mail in lower case; {@code null} when blank. Check {@link #validEmail} first. */
    static String email(String typed) {
        String email = Text.clean(typed);
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    static boolean validEmail(String email) {
        return email == null || (email.length() <= 200 && EMAIL.matcher(email).matches());
    }

    /** The phone without spaces, dots, dashes or brackets, +84 written as 0; {@code null} when blank. */
    static String phone(String typed) {
        String phone = Text.clean(typed);
        if (phone == null) {
            return null;
        }
        phone = phone.replaceAll("[\\s.()\\-]", "");
        if (phone.startsWith("+84")) {
            phone = "0" + phone.substring(3);
        } else if (phone.startsWith("84") && phone.length() == 11) {
            phone = "0" + phone.substring(2);
        }
        return phone;
    }

    static boolean validPhone(String phone) {
        return phone == null || PHONE.matcher(phone).matches();
    }
}
