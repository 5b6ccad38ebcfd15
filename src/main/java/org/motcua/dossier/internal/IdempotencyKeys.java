package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys a client sends with a request it may retry (a double click, a lost answer): the second request
 * with the same key from the same account answers what the first did instead of doing it again.
 */
@Component
public class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dossier an earlier request with this key created or acted on. */
    public Optional<UUID> earlier(UUID accountId, String key) {
        if (accountId == null || key == null) {
            return Optional.empty();
        }
        return jdbc.sql("select dossier_id from dossier.idempotency_key where account_id = :a and key = :k")
                .param("a", accountId)
                .param("k", key)
                .query(UUID.class)
                .optional();
    }

    public void remember(UUID accountId, String key, UUID dossierId, LocalDateTime now) {
        if (accountId == null || key == null) {
            return;
        }
        if (key.length() > 200) {
            throw DomainException.invalid(
                    "validation.failed",
                    java.util.List.of(new org.motcua.shared.FieldError("Idempotency-Key", "Size", null)));
        }
        try {
            jdbc.sql("""
                            insert into dossier.idempotency_key (account_id, key, dossier_id, created_at)
                            values (:a, :k, :d, :now)
                            """)
                    .param("a", accountId)
                    .param("k", key)
                    .param("d", dossierId)
                    .param("now", now)
                    .update();
        } catch (DuplicateKeyException raced) {
            // The same key is being used by a parallel request that committed first: this one must not win.
            throw new DomainException("dossier.duplicate_submission", HttpStatus.CONFLICT);
        }
    }
}
