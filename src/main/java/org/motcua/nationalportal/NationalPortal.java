package org.motcua.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's facade: a dossier's standing with the national portal, the updates it has not taken (with a
 * retry), the daily reconciliation's findings, and the procedure-code mapping. Callers check who may ask.
 */
@Service
public class NationalPortal {

    private final JdbcClient jdbc;
    private final ProcedureMappings mappings;
    private final PortalReconciliation reconciliation;
    private final PortalClient portal;
    private final SyncPusher pusher;
    private final InboundDossiers inbound;
    private final Clock clock;

    NationalPortal(
            JdbcClient jdbc,
            ProcedureMappings mappings,
            PortalReconciliation reconciliation,
            PortalClient portal,
            SyncPusher pusher,
            InboundDossiers inbound,
            Clock clock) {
        this.pusher = pusher;
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.mappings = mappings;
        this.reconciliation = reconciliation;
        this.portal = portal;
        this.clock = clock;
    }

    /** Whether a portal (or the demo's fake one) is configured. */
    public boolean configured() {
        return portal.configured();
    }

    @Transactional(readOnly = true)
    public SyncState state(UUID dossierId) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'SENT') as sent,
                               count(*) filter (where status = 'PENDING') as waiting,
                               count(*) filter (where status = 'FAILED') as failed,
                               max(sent_at) as last_sent_at,
                               (select portal_status from national_portal.sync_update s
                                 where s.dossier_id = :d and s.status = 'SENT'
                                 order by version desc, sequence desc limit 1) as last_status,
                               min(next_attempt_at) filter (where status = 'PENDING') as next_attempt_at,
                               (select last_error from national_portal.sync_update e
                                 where e.dossier_id = :d and e.status <> 'SENT' and e.last_error is not null
                                 order by version, sequence limit 1) as last_error,
                               (select national_code from national_portal.inbound_dossier i
                                 where i.dossier_id = :d) as national_code
                          from national_portal.sync_update where dossier_id = :d""")
                .param("d", dossierId)
                .query((rs, i) -> new SyncState(
                        rs.getInt("sent"),
                        rs.getInt("waiting"),
                        rs.getInt("failed"),
                        instant(rs.getTimestamp("last_sent_at")),
                        (Integer) rs.getObject("last_status"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        rs.getString("last_error"),
                        rs.getString("national_code")))
                .single();
    }

    /** Updates failed for good, then those being retried after an error; oldest first. */
    @Transactional(readOnly = true)
    public List<SyncProblem> problems() {
        return jdbc.sql("""
                        select id, dossier_id, dossier_code, event_type, portal_status, status, attempts, recorded_at,
                               next_attempt_at, last_error
                          from national_portal.sync_update
                         where status = 'FAILED' or (status = 'PENDING' and attempts > 0)
                         order by status, recorded_at
                         limit 500""")
                .query((rs, i) -> new SyncProblem(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10)))
                .list();
    }

    /** Puts a failed or waiting update (and so its dossier's later ones) up for sending at once. */
    @Transactional
    public void retry(long updateId) {
        int changed =
                jdbc.sql("""
                        update national_portal.sync_update
                           set status = 'PENDING', attempts = 0, next_attempt_at = ?
                         where id = ? and status <> 'SENT'""").params(Timestamp.from(clock.instant()), updateId).update();
        if (changed == 0) {
            throw DomainException.notFound("nationalportal.update_not_found", updateId);
        }
    }

    /** Pushes the due updates now (an administrator's button); the number sent. */
    public int pushNow() {
        return pusher.pushDue();
    }

    /** Runs the reconciliation now; refused with {@code nationalportal.unavailable} when the portal fails. */
    public List<Difference> reconcileNow() {
        try {
            return reconciliation.run();
        } catch (PortalException e) {
            throw new DomainException("nationalportal.unavailable", HttpStatus.BAD_GATEWAY, e.getMessage());
        }
    }

    /** Fetches the dossiers submitted on the portal now: how many were new, duplicates, refused. */
    public int[] fetchNow() {
        try {
            int[] counts = new int[3];
            for (InboundDossiers.Answer a : inbound.fetch()) {
                counts[a.errorCode() == 0 ? 0 : a.errorCode() == 1 ? 1 : 2]++;
            }
            return counts;
        } catch (PortalException e) {
            throw new DomainException("nationalportal.unavailable", HttpStatus.BAD_GATEWAY, e.getMessage());
        }
    }

    /** The latest reconciliation's differences. */
    @Transactional(readOnly = true)
    public List<Difference> differences() {
        return reconciliation.differences();
    }

    public List<ProcedureMapping> mappings() {
        return mappings.all();
    }

    public Optional<ProcedureMapping> mapping(String nationalCode) {
        return mappings.find(nationalCode);
    }

    public ProcedureMapping map(String nationalCode, String procedureCode, UUID receivingCenterId) {
        return mappings.save(nationalCode, procedureCode, receivingCenterId);
    }

    public void unmap(String nationalCode) {
        mappings.delete(nationalCode);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
