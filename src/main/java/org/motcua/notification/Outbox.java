package org.motcua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table, {@code notification.message}. Inserting is idempotent (one row per event key,
 * recipient and channel); the sender claims due rows with {@code for update skip locked} and a lease, so
 * several nodes never send the same row at once and a node that dies mid-send leaves it to be retried.
 */
@Component
class Outbox {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds the message unless the same event already made it; true when it was added. */
    boolean add(OutboxMessage m) {
        return jdbc.sql("""
                        insert into notification.message (id, event_key, trigger, channel, recipient, account_id,
                            dossier_id, dossier_code, language, subject, body, template_version, placeholder_values,
                            fallback_email, fallback_of, urgent, status, attempts, next_attempt_at, created_at,
                            delivered_at)
                        values (:id, :eventKey, :trigger, :channel, :recipient, :accountId, :dossierId, :dossierCode,
                            :language, :subject, :body, :templateVersion, cast(:values as jsonb), :fallbackEmail,
                            :fallbackOf, :urgent, :status, 0, :nextAttemptAt, :createdAt, :deliveredAt)
                        on conflict on constraint message_once do nothing""")
                        .param("id", m.id())
                        .param("eventKey", m.eventKey())
                        .param("trigger", m.trigger().name())
                        .param("channel", m.channel().name())
                        .param("recipient", m.recipient())
                        .param("accountId", m.accountId())
                        .param("dossierId", m.dossierId())
                        .param("dossierCode", m.dossierCode())
                        .param("language", m.language())
                        .param("subject", m.subject())
                        .param("body", m.body())
                        .param("templateVersion", m.templateVersion())
                        .param("values", json.writeValueAsString(m.placeholderValues()))
                        .param("fallbackEmail", m.fallbackEmail())
                        .param("fallbackOf", m.fallbackOf())
                        .param("urgent", m.urgent())
                        .param("status", m.status().name())
                        .param("nextAttemptAt", ts(m.nextAttemptAt()))
                        .param("createdAt", ts(m.createdAt()))
                        .param("deliveredAt", ts(m.deliveredAt()))
                        .update()
                == 1;
    }

    /**
     * Up to {@code limit} pending messages due at {@code now}, taken for {@code lease}: their next attempt
     * moves past the lease, so no other sender takes them meanwhile and a crash mid-send retries them later.
     */
    List<OutboxMessage> claim(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        update notification.message set next_attempt_at = :leaseEnd
                         where id in (select id from notification.message
                                       where status = 'PENDING' and next_attempt_at <= :now
                                       order by next_attempt_at limit :limit for update skip locked)
                        returning *""")
                .param("now", ts(now))
                .param("leaseEnd", ts(now.plus(lease)))
                .param("limit", limit)
                .query(this::message)
                .list();
    }

    void sent(UUID id, String providerMessageId, Instant at) {
        jdbc.sql("""
                        update notification.message set status = 'SENT', attempts = attempts + 1,
                               provider_message_id = :pid, sent_at = :at, last_error = null
                         where id = :id and status = 'PENDING'""")
                .param("id", id)
                .param("pid", providerMessageId)
                .param("at", ts(at))
                .update();
    }

    /** A failed attempt: tried again at {@code next}, or failed for good when {@code next} is null. */
    void attemptFailed(UUID id, String error, Instant next) {
        jdbc.sql("""
                        update notification.message set attempts = attempts + 1, last_error = :error,
                               status = case when cast(:next as timestamptz) is null then 'FAILED' else 'PENDING' end,
                               next_attempt_at = :next
                         where id = :id and status = 'PENDING'""")
                .param("id", id)
                .param("error", error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", ts(next))
                .update();
    }

    /** A delivery receipt for a message the provider knows by {@code providerMessageId}. */
    Optional<UUID> receipt(
            NotificationChannel channel, String providerMessageId, boolean delivered, String error, Instant at) {
        return jdbc.sql("""
                        update notification.message
                           set status = :status, delivered_at = case when :delivered then cast(:at as timestamptz) end,
                               last_error = coalesce(:error, last_error)
                         where channel = :channel and provider_message_id = :pid and status in ('SENT', 'DELIVERED')
                        returning id""")
                .param("status", delivered ? "DELIVERED" : "FAILED")
                .param("delivered", delivered)
                .param("at", ts(at))
                .param("error", error)
                .param("channel", channel.name())
                .param("pid", providerMessageId)
                .query(UUID.class)
                .optional();
    }

    /** A failed message made pending again, now, with a fresh count of attempts. */
    boolean resend(UUID id, Instant now) {
        return jdbc.sql("""
                        update notification.message set status = 'PENDING', attempts = 0, next_attempt_at = :now
                         where id = :id and status = 'FAILED' and channel <> 'IN_APP'""").param("id", id).param("now", ts(now)).update() == 1;
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("select * from notification.message where id = ?")
                .param(id)
                .query(this::message)
                .optional();
    }

    List<OutboxMessage> ofDossier(UUID dossierId) {
        return jdbc.sql("select * from notification.message where dossier_id = ? order by created_at, channel")
                .param(dossierId)
                .query(this::message)
                .list();
    }

    List<OutboxMessage> withStatus(MessageStatus status, int limit) {
        return jdbc.sql("select * from notification.message where status = ? order by created_at desc limit ?")
                .params(status.name(), limit)
                .query(this::message)
                .list();
    }

    List<OutboxMessage> notices(UUID accountId, int limit) {
        return jdbc.sql("""
                        select * from notification.message where account_id = ? and channel = 'IN_APP'
                         order by created_at desc limit ?""").params(accountId, limit).query(this::message).list();
    }

    List<OutboxMessage> notices(UUID accountId, UUID dossierId) {
        return jdbc.sql("""
                        select * from notification.message
                         where account_id = ? and channel = 'IN_APP' and dossier_id = ? order by created_at desc""").params(accountId, dossierId).query(this::message).list();
    }

    int markReadAbout(UUID accountId, UUID dossierId, Instant at) {
        return jdbc.sql("""
                        update notification.message set read_at = ?
                         where account_id = ? and channel = 'IN_APP' and dossier_id = ? and read_at is null""").params(ts(at), accountId, dossierId).update();
    }

    long unread(UUID accountId) {
        return jdbc.sql("""
                        select count(*) from notification.message
                         where account_id = ? and channel = 'IN_APP' and read_at is null""").param(accountId).query(Long.class).single();
    }

    boolean markRead(UUID accountId, UUID id, Instant at) {
        return jdbc.sql("""
                        update notification.message set read_at = coalesce(read_at, ?)
                         where id = ? and account_id = ? and channel = 'IN_APP'""").params(ts(at), id, accountId).update() == 1;
    }

    int markAllRead(UUID accountId, Instant at) {
        return jdbc.sql("""
                        update notification.message set read_at = ?
                         where account_id = ? and channel = 'IN_APP' and read_at is null""").params(ts(at), accountId).update();
    }

    private OutboxMessage message(ResultSet rs, int row) throws SQLException {
        String values = rs.getString("placeholder_values");
        return new OutboxMessage(
                rs.getObject("id", UUID.class),
                rs.getString("event_key"),
                Trigger.valueOf(rs.getString("trigger")),
                NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getObject("account_id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getString("language"),
                rs.getString("subject"),
                rs.getString("body"),
                (Integer) rs.getObject("template_version"),
                values == null ? Map.of() : json.readValue(values, VALUES),
                rs.getString("fallback_email"),
                rs.getObject("fallback_of", UUID.class),
                rs.getBoolean("urgent"),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                rs.getString("provider_message_id"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"),
                instant(rs, "delivered_at"),
                instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
