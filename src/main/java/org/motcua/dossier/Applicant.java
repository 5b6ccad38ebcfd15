package org.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;

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

    public Applicant {
        name = Text.clean(name);
        idNumber = Text.clean(idNumber) == null ? null : Text.clean(idNumber).toUpperCase();
        taxCode = Text.clean(taxCode);
        phone = Text.clean(phone) == null ? null : Text.clean(phone).replaceAll("[ .\\-]", "");
        email = Text.clean(email);
        address = Text.clean(address);
    }

    /** Every invalid field, named with the {@code prefix} of the request (e.g. {@code applicant.}). */
    public List<FieldError> problems(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError(prefix + "type", "NotNull", null));
        }
        if (name == null) {
            errors.add(new FieldError(prefix + "name", "NotBlank", null));
        }
        if (type == ApplicantType.CITIZEN || idNumber != null) {
            if (idNumber == null) {
                errors.add(new FieldError(prefix + "idNumber", "NotBlank", null));
            } else if (!idPattern().matcher(idNumber).matches()) {
                errors.add(new FieldError(prefix + "idNumber", "IdNumber", null));
            }
        }
        if (type != null && type != ApplicantType.CITIZEN) {
            if (taxCode == null) {
                errors.add(new FieldError(prefix + "taxCode", "NotBlank", null));
            } else if (!TAX_CODE.matcher(taxCode).matches()) {
                errors.add(new FieldError(prefix + "taxCode", "TaxCode", null));
            }
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError(prefix + "phone", "Phone", null));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError(prefix + "email", "Email", null));
        }
        if (dateOfBirth != null && dateOfBirth.isBefore(LocalDate.of(1900, 1, 1))) {
            errors.add(new FieldError(prefix + "dateOfBirth", "Past", null));
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
