package org.motcua.feedback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ballots for the anonymous suggestion box: a random number and the day, signed (HMAC-SHA256). The form
 * page hands one to a signed-in officer; the box accepts it once, that day, without learning who had it.
 * Nothing about the issue is stored. The key is configured ({@code motcua.feedback.ballot-secret}, the same
 * on every node), else random per start (a ballot then dies with the process: the officer reloads the form).
 */
@Component
class Ballots {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private final SecureRandom random = new SecureRandom();
    private final byte[] secret;

    Ballots(@Value("${motcua.feedback.ballot-secret:}") String secret) {
        if (secret.isBlank()) {
            this.secret = new byte[32];
            random.nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A valid ballot: its nonce (to spend) and its day. */
    record Ballot(byte[] nonce, LocalDate day) {
        byte[] nonceHash() {
            try {
                return MessageDigest.getInstance("SHA-256").digest(nonce);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    String issue(LocalDate day) {
        byte[] payload = ByteBuffer.allocate(24)
                .put(randomBytes())
                .putLong(day.toEpochDay())
                .array();
        return B64.encodeToString(payload) + "." + B64.encodeToString(sign(payload));
    }

    Optional<Ballot> read(String ballot, LocalDate today) {
        if (ballot == null || ballot.length() > 100 || ballot.indexOf('.') < 0) {
            return Optional.empty();
        }
        int dot = ballot.indexOf('.');
        try {
            byte[] payload = B64D.decode(ballot.substring(0, dot));
            byte[] signature = B64D.decode(ballot.substring(dot + 1));
            if (payload.length != 24 || !MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(payload);
            byte[] nonce = new byte[16];
            b.get(nonce);
            LocalDate day = LocalDate.ofEpochDay(b.getLong());
            return day.equals(today) ? Optional.of(new Ballot(nonce, day)) : Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException bad) {
            return Optional.empty();
        }
    }

    private byte[] randomBytes() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return nonce;
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(payload);
            return java.util.Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
