package org.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;

/**
 * The person or organisation a dossier is for, as typed by them or the reception officer (NFC).
 *
 * @param idNumber citizen identity card (CCCD, 12 digits), old ID card (CMND, 9 digits) or passport
 * @param taxCode for businesses and organisations: 10 digits, or 10-3 for a branch
 */
public record Applicant(
        ApplicantType type,
        String name,
        IdType idType,
        String idNumber,
        LocalDate dateOfBirth,
        String taxCode,
        String phone,
        String email,
        String address) {

    public enum ApplicantType {
        CITIZEN,
        BUSINESS,
        ORGANISATION
    }

    public enum IdType {
        CCCD,
        CMND,
        PASSPORT
    }

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern CMND = Pattern.compile("\\d{9}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z]\\d{7,8}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    /** Vietnamese mobile and landline numbers: 0 and 9–10 more digits, or +84 instead of the 0. */
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9,10}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    // The longest each field may be, checked before any rule so that nothing reaches a column too short
    // for it (dossier.dossier in V4_1: varchar(20) for the numbers, varchar(200) for the e-mail; the
    // name and address are text, bounded as the account's display name and a postal address are).
    static final int MAX_NAME = 200;
    static final int MAX_NUMBER = 20;
    static final int MAX_EMAIL = 200;
    static final int MAX_ADDRESS = 500;

    public Applicant {
        // Every field is a single line: a line break in a name or number is a slip of the keyboard.
        name = Text.line(name);
        idNumber = Text.line(idNumber) == null ? null : Text.line(idNumber).toUpperCase();
        taxCode = Text.line(taxCode);
        phone = Text.line(phone) == null ? null : Text.line(phone).replaceAll("[ .\\-]", "");
        email = Text.line(email);
        address = Text.line(address);
    }

    /**
     * Every invalid field, named with the {@code prefix} of the request (e.g. {@code applicant.}); a
     * date of birth is checked against today in Vietnam.
     */
    public List<FieldError> problems(String prefix) {
        return problems(prefix, LocalDate.now(Vietnam.ZONE));
    }

    /** Every invalid field, named with the {@code prefix} of the request, on the day {@code today}. */
    public List<FieldError> problems(String prefix, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError(prefix + "type", "NotNull", null));
        }
        if (name == null) {
            errors.add(new FieldError(prefix + "name", "NotBlank", null));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError(prefix + "name", "Size", null));
        }
        if (type == ApplicantType.CITIZEN || idNumber != null) {
            if (idNumber == null) {
                errors.add(new FieldError(prefix + "idNumber", "NotBlank", null));
            } else if (idNumber.length() > MAX_NUMBER) {
                errors.add(new FieldError(prefix + "idNumber", "Size", null));
            } else if (!idPattern().matcher(idNumber).matches()) {
                errors.add(new FieldError(prefix + "idNumber", "IdNumber", null));
            }
        }
        if (taxCode != null && taxCode.length() > MAX_NUMBER) {
            // also a citizen's, whose tax code is kept unchecked
            errors.add(new FieldError(prefix + "taxCode", "Size", null));
        } else if (type != null && type != ApplicantType.CITIZEN) {
            if (taxCode == null) {
                errors.add(new FieldError(prefix + "taxCode", "NotBlank", null));
            } else if (!TAX_CODE.matcher(taxCode).matches()) {
                errors.add(new FieldError(prefix + "taxCode", "TaxCode", null));
            }
        }
        if (phone != null && phone.length() > MAX_NUMBER) {
            errors.add(new FieldError(prefix + "phone", "Size", null));
        } else if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError(prefix + "phone", "Phone", null));
        }
        if (email != null && email.length() > MAX_EMAIL) {
            errors.add(new FieldError(prefix + "email", "Size", null));
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError(prefix + "email", "Email", null));
        }
        if (dateOfBirth != null && (dateOfBirth.isBefore(LocalDate.of(1900, 1, 1)) || dateOfBirth.isAfter(today))) {
            errors.add(new FieldError(prefix + "dateOfBirth", "Past", null));
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            errors.add(new FieldError(prefix + "address", "Size", null));
        }
        return errors;
    }

    private Pattern idPattern() {
        return switch (idType == null ? IdType.CCCD : idType) {
            case CCCD -> CCCD;
            case CMND -> CMND;
            case PASSPORT -> PASSPORT;
        };
    }
}
