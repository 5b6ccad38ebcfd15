package org.motcua.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.motcua.shared.Text;

/**
 * The identity in the national SSO's claims. The portal's SSO (WSO2, VNeID upstream) sends Vietnamese keys:
 * {@code SoDinhDanh} (12-digit personal ID number), {@code HoVaTen}, {@code NgayThangNamSinh} ({@code
 * yyyyMMdd}), {@code TechID}, {@code loginIdp} ({@code BCA} = VNeID) and {@code loAs}; VNeID's own Keycloak
 * sends the ID number as {@code preferred_username}, {@code name} and {@code acr}. Empty without an ID number.
 */
final class VneidClaims {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("yyyyMMdd");

    private VneidClaims() {}

    static Optional<VerifiedIdentity> identity(Map<String, Object> claims, Instant now) {
        String idNumber = text(claims.get("SoDinhDanh"));
        if (idNumber == null) {
            String username = text(claims.get("preferred_username"));
            idNumber = username != null && username.matches("\\d{12}") ? username : null;
        }
        if (idNumber == null || !idNumber.matches("\\d{12}|\\d{9}")) {
            return Optional.empty();
        }
        String name = text(claims.get("HoVaTen")) != null ? text(claims.get("HoVaTen")) : text(claims.get("name"));
        String assurance = text(claims.get("loAs")) != null ? text(claims.get("loAs")) : text(claims.get("acr"));
        return Optional.of(new VerifiedIdentity(
                idNumber,
                name,
                birth(text(claims.get("NgayThangNamSinh"))),
                assurance,
                text(claims.get("TechID")),
                text(claims.get("loginIdp")),
                now));
    }

    private static LocalDate birth(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 8 ? text.substring(0, 8) : text, BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : Text.line(value.toString());
    }
}
