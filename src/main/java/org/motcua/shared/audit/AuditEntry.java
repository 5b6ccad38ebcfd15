package org.motcua.shared.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One sealed entry of the audit trail: who ({@code actor}, a user name, {@code anonymous} or {@code
 * system…}) did what ({@code action}: {@code read}, or the change made) to which dossier or account
 * ({@code subjectType}, {@code subject}: a dossier's code, an account's user name; {@code subjectAlias}: a
 * dossier's reference, by which it is known before it has a code), whose personal data
 * that was ({@code person}: the applicant's ID number or tax code, the account's user name), when, from
 * which client address, in which request ({@code traceId}, as in the request log).
 *
 * @param seq the entry's place in the chain, from 1 without gaps
 * @param chainDay the day (Vietnam time) the entry was sealed; its day's anchor covers it
 * @param hash sha256(previous entry's hash || {@link #canonical()}); the first entry's previous hash is 32
 *     zero bytes
 */
public record AuditEntry(
        long seq,
        LocalDate chainDay,
        Instant at,
        String actor,
        String action,
        String subjectType,
        String subject,
        String subjectAlias,
        String person,
        String address,
        String traceId,
        String detail,
        @JsonIgnore byte[] hash) {

    /** The previous hash of the very first entry. */
    static final byte[] GENESIS = new byte[32];

    /** The hash as 64 lowercase hexadecimal digits. */
    public String hashHex() {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    /**
     * The entry as hashed: every field in a fixed order, each written as its length in UTF-8 bytes, a colon
     * and its value (a null as {@code -}), so that no two different entries read the same. The time is
     * whole microseconds since 1970 (what PostgreSQL keeps).
     */
    byte[] canonical() {
        StringBuilder s = new StringBuilder(256);
        field(s, Long.toString(seq));
        field(s, chainDay.toString());
        field(s, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)));
        field(s, actor);
        field(s, action);
        field(s, subjectType);
        field(s, subject);
        field(s, subjectAlias);
        field(s, person);
        field(s, address);
        field(s, traceId);
        field(s, detail);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** This entry's hash after {@code previous}. */
    byte[] link(byte[] previous) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            return sha256.digest(canonical());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    AuditEntry withHash(byte[] hash) {
        return new AuditEntry(
                seq,
                chainDay,
                at,
                actor,
                action,
                subjectType,
                subject,
                subjectAlias,
                person,
                address,
                traceId,
                detail,
                hash);
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        s.append('\n');
    }
}
