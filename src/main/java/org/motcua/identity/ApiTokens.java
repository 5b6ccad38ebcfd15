package org.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.motcua.shared.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. The token is 256 random bits shown once to the client; the server
 * keeps only its SHA-256, so a database dump reveals no usable token.
 *
 * <p>A valid token's check is remembered for {@code motcua.security.token-check-cache} (default 10 s; 0
 * turns it off), never past the token's expiry: the check runs on every API request and was a third of
 * the database's work in the lifecycle benchmark. This node forgets every remembered check once a change
 * to an account (saved, deleted, locked out) or a revocation has committed, so here revocation stays
 * immediate; another node may honour a revoked token for at most that long.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    // Beyond this many remembered checks the expired ones are dropped (and, if none had expired, all).
    private static final int MAX_REMEMBERED = 4096;

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    // A check loaded while an account change was committing is stamped with the generation it started
    // in; the change bumps the generation, so that check is never served.
    private final AtomicLong generation = new AtomicLong();

    private record Checked(CurrentUser user, Instant until, long generation) {}

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
     * The person a valid token belongs to; empty for an unknown, expired, disabled or locked one. Answered
     * from the remembered checks when it can; otherwise one query, in auto-commit (no transaction to
     * begin and commit): this runs on every API request.
     */
    Optional<CurrentUser> authenticate(String token) {
        String hash = hash(token);
        Instant now = clock.instant();
        long current = generation.get();
        Checked hit = checked.get(hash);
        if (hit != null && hit.generation() == current && now.isBefore(hit.until())) {
            return Optional.of(hit.user());
        }
        Optional<Checked> loaded = load(hash, now, current);
        loaded.ifPresentOrElse(found -> remember(hash, found, now), () -> checked.remove(hash));
        return loaded.map(Checked::user);
    }

    private Optional<Checked> load(String hash, Instant now, long generation) {
        Duration rememberFor = settings.tokenCheckCache();
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, t.expires_at,
                               array(select r.role from identity.user_role r where r.user_account = u.id) as roles,
                               array(select a.agency_id from identity.user_agency a where a.user_account = u.id) as agencies
                          from identity.api_token t
                          join identity.user_account u on u.id = t.user_account
                         where t.token_hash = :hash and t.expires_at > :now and u.enabled
                           and (u.locked_until is null or u.locked_until <= :now)
                        """)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    Instant expires = rs.getTimestamp("expires_at").toInstant();
                    Instant until = now.plus(rememberFor);
                    return new Checked(
                            new CurrentUser(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("username"),
                                    rs.getString("display_name"),
                                    Arrays.stream((String[])
                                                    rs.getArray("roles").getArray())
                                            .map(Role::valueOf)
                                            .collect(Collectors.toSet()),
                                    Set.of((UUID[]) rs.getArray("agencies").getArray())),
                            until.isBefore(expires) ? until : expires,
                            generation);
                })
                .optional();
    }

    private void remember(String hash, Checked found, Instant now) {
        if (!now.isBefore(found.until())) {
            return;
        }
        if (checked.size() >= MAX_REMEMBERED) {
            checked.values().removeIf(c -> !now.isBefore(c.until()));
            if (checked.size() >= MAX_REMEMBERED) {
                checked.clear();
            }
        }
        checked.put(hash, found);
    }

    /**
     * Forgets every remembered check once the current transaction commits (at once outside one): an
     * account's roles, agencies, state or tokens may have changed.
     */
    void forgetChecks() {
        AfterCommit.run(() -> {
            generation.incrementAndGet();
            checked.clear();
        });
    }

    // Plain listeners: a transactional one would be recorded in the event publication registry for
    // every aggregate saved. forgetChecks waits for the commit itself.
    @EventListener
    void on(AfterSaveEvent<?> saved) {
        if (saved.getEntity() instanceof UserAccount) {
            forgetChecks();
        }
    }

    @EventListener
    void on(AfterDeleteEvent<?> deleted) {
        if (deleted.getType() == UserAccount.class) {
            forgetChecks();
        }
    }

    @Transactional
    void revoke(String token) {
        jdbc.sql("delete from identity.api_token where token_hash = :hash")
                .param("hash", hash(token))
                .update();
        forgetChecks();
    }

    /** Revokes every token of the account (its password changed: whoever knew the old one is signed out). */
    void revokeAll(UUID userId) {
        jdbc.sql("delete from identity.api_token where user_account = :user")
                .param("user", userId)
                .update();
        forgetChecks();
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
