package org.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. The token is 256 random bits shown once to the client; the server
 * keeps only its SHA-256, so a database dump reveals no usable token and revocation is immediate.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    record Issued(String token, long expiresInSeconds) {}

    @Transactional
    Issued issue(UUID userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        // Expired tokens of this user are swept on each issue so the table does not grow without bound.
        jdbc.sql("delete from identity.api_token where user_account = :user and expires_at <= :now")
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into identity.api_token (token_hash, user_account, created_at, expires_at)
                        values (:hash, :user, :now, :expires)
                        """)
                .param("hash", hash(token))
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(settings.tokenLifetime())))
                .update();
        return new Issued(token, settings.tokenLifetime().toSeconds());
    }

    /**
     * The person a valid token belongs to; empty for an unknown, expired, disabled or locked one. One
     * query, in auto-commit (no transaction to begin and commit): this runs on every API request.
     */
    Optional<CurrentUser> authenticate(String token) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name,
                               array(select r.role from identity.user_role r where r.user_account = u.id) as roles,
                               array(select a.agency_id from identity.user_agency a where a.user_account = u.id) as agencies
                          from identity.api_token t
                          join identity.user_account u on u.id = t.user_account
                         where t.token_hash = :hash and t.expires_at > :now and u.enabled
                           and (u.locked_until is null or u.locked_until <= :now)
                        """)
                .param("hash", hash(token))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new CurrentUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Arrays.stream((String[]) rs.getArray("roles").getArray())
                                .map(Role::valueOf)
                                .collect(Collectors.toSet()),
                        Set.of((UUID[]) rs.getArray("agencies").getArray())))
                .optional();
    }

    @Transactional
    void revoke(String token) {
        jdbc.sql("delete from identity.api_token where token_hash = :hash")
                .param("hash", hash(token))
                .update();
    }

    /** Revokes every token of the account (its password changed: whoever knew the old one is signed out). */
    void revokeAll(UUID userId) {
        jdbc.sql("delete from identity.api_token where user_account = :user")
                .param("user", userId)
                .update();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
