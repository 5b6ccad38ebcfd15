package org.motcua.notification;

import java.util.List;
import java.util.regex.Pattern;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;

/**
 * Vietnamese phone numbers in the international form every SMS and Zalo provider takes: {@code +84} and
 * the national number without its leading 0. "0912 345 678", "84912345678", "+84 912.345.678" and
 * "(+84) 912-345-678" are all {@code +84912345678}.
 */
final class PhoneNumbers {

    /** The national significant number: 9 digits (mobile), or 10 (landlines with a 3-digit area code). */
    private static final Pattern NATIONAL = Pattern.compile("[1-9]\\d{8,9}");

    private PhoneNumbers() {}

    /** The number as {@code +84…}, or refused (400, {@code validation.failed}) naming {@code field}. */
    static String normalise(String field, String typed) {
        String phone = Text.clean(typed);
        if (phone == null) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError(field, "NotBlank", null)));
        }
        String digits = phone.replaceAll("[\\s.()\\-]", "");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            national = null;
        }
        if (national != null && national.startsWith("0")) {
            national = national.substring(1); // "+84 0912…": the trunk 0 written after the country code
        }
        if (national == null || !NATIONAL.matcher(national).matches()) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError(field, "Phone", null)));
        }
        return "+84" + national;
    }

    /** The number as {@link #normalise} writes it, or null when it is not a valid Vietnamese number. */
    static String orNull(String typed) {
        try {
            return normalise("phone", typed);
        } catch (DomainException e) {
            return null;
        }
    }
}
