package org.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The six-digit codes sent to a person's e-mail or phone (registration, password reset): drawn at random,
 * kept only as sha256(salt:code), compared in constant time, used once, within their lifetime and a few tries.
 */
final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {}

    static String newCode() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    static String hash(String salt, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code typed} (spaces ignored) is the code stored as {@code storedHash}. */
    static boolean matches(String salt, String storedHash, String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        return MessageDigest.isEqual(
                hash(salt, code).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private record Stored(String hash, String salt, Instant expiresAt, int attempts) {}

    /**
     * Uses the code kept for {@code account} in {@code table} (a table with {@code code_hash, salt,
     * expires_at, attempts} per account): deletes it when {@code typed} is that code, still valid and within
     * {@code maxAttempts} tries; otherwise throws {@code problem} with the field error on {@code code}
     * ({@code CodeExpired}, {@code CodeAttemptsExhausted}, or {@code CodeWrong} with the tries left). A wrong
     * code uses up one try, written even though the call fails (callers do not roll back on this problem).
     */
    static void use(
            JdbcClient jdbc, String table, UUID account, String typed, int maxAttempts, Instant now, String problem) {
        Stored stored = jdbc.sql("select code_hash, salt, expires_at, attempts from " + table
                        + " where user_account = ? for update")
                .param(account)
                .query((rs, n) -> new Stored(
                        rs.getString("code_hash"),
                        rs.getString("salt"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("attempts")))
                .optional()
                .orElseThrow(() -> refused(problem, "CodeExpired", 0));
        if (!stored.expiresAt().isAfter(now)) {
            throw refused(problem, "CodeExpired", 0);
        }
        if (stored.attempts() >= maxAttempts) {
            throw refused(problem, "CodeAttemptsExhausted", 0);
        }
        if (!matches(stored.salt(), stored.hash(), typed)) {
            int attempts = stored.attempts() + 1;
            jdbc.sql("update " + table + " set attempts = ? where user_account = ?")
                    .params(attempts, account)
                    .update();
            int left = maxAttempts - attempts;
            throw left <= 0 ? refused(problem, "CodeAttemptsExhausted", 0) : refused(problem, "CodeWrong", left);
        }
        jdbc.sql("delete from " + table + " where user_account = ?")
                .param(account)
                .update();
    }

    /** A refused code: {@code problem} with the reason on the {@code code} field. */
    static DomainException refused(String problem, String reason, int left) {
        return DomainException.invalid(problem, List.of(new FieldError("code", reason, null)), left);
    }
}
