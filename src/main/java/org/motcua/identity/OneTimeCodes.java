package org.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The six-digit codes sent to a person's e-mail or phone (registration, password reset): drawn at random,
 * kept only as sha256(salt:code), compared in constant time.
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
}
