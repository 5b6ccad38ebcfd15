package org.motcua.satisfaction;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unforgeable links without sign-in: the rating link of one dossier (its id and an expiry, signed with
 * HMAC-SHA256) and the key binding a tablet to one counter (the counter's id, signed, no expiry; changing
 * the secret unbinds every tablet). Nothing is stored: the signature is the proof.
 */
@Component
public class RatingLinks {

    private static final Logger log = LoggerFactory.getLogger(RatingLinks.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 16; // 128 bits of HMAC-SHA256: out of reach of guessing

    private final byte[] secret;
    private final SatisfactionSettings settings;
    private final Clock clock;
    private final String baseUrl;

    RatingLinks(SatisfactionSettings settings, Clock clock, @Value("${motcua.public-base-url}") String baseUrl) {
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (settings.linkSecret().isBlank()) {
            log.warn("motcua.satisfaction.link-secret is not set: rating links are signed with a random key and"
                    + " stop working when the application restarts (set it on every node)");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else if (settings.linkSecret().length() < 32) {
            throw new IllegalStateException("motcua.satisfaction.link-secret must have at least 32 characters");
        } else {
            this.secret = settings.linkSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The address of the page where the dossier's applicant rates the service, valid for the link validity. */
    public String link(UUID dossierId) {
        return baseUrl + "/danh-gia/" + token(dossierId);
    }

    /** The token of {@link #link}: base64url(dossier id, expiry in epoch seconds) "." signature. */
    public String token(UUID dossierId) {
        long expires = clock.instant().plus(settings.linkValidity()).getEpochSecond();
        ByteBuffer payload = ByteBuffer.allocate(24)
                .putLong(dossierId.getMostSignificantBits())
                .putLong(dossierId.getLeastSignificantBits())
                .putLong(expires);
        byte[] bytes = payload.array();
        return B64.encodeToString(bytes) + "." + B64.encodeToString(sign("dossier", bytes));
    }

    /** The dossier a token names, when its signature is right and it has not expired. */
    public Optional<UUID> dossierOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            if (payload.length != 24 || !MessageDigest.isEqual(signature, sign("dossier", payload))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID id = new UUID(buffer.getLong(), buffer.getLong());
            return buffer.getLong() < clock.instant().getEpochSecond() ? Optional.empty() : Optional.of(id);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The key that binds a tablet to a counter (shown to the officers seated at it). */
    public String counterKey(UUID counterId) {
        return B64.encodeToString(sign("counter", counterId.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    public boolean isCounterKey(UUID counterId, String key) {
        return key != null
                && MessageDigest.isEqual(
                        key.getBytes(StandardCharsets.US_ASCII),
                        counterKey(counterId).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] sign(String purpose, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            byte[] full = mac.doFinal(payload);
            byte[] cut = new byte[SIGNATURE_BYTES];
            System.arraycopy(full, 0, cut, 0, SIGNATURE_BYTES);
            return cut;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
