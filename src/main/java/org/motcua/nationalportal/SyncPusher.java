package org.motcua.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.dossier.Addressee;
import org.motcua.dossier.Dossiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes the recorded updates to the portal, one node at a time (the job lock), dossier by dossier and
 * within a dossier in (version, sequence) order: an update is sent only when every earlier one of its
 * dossier was. A failed update waits {@code first-retry}, doubled each time up to {@code max-retry}, and
 * holds back the later updates of its dossier; refused {@code give-up-after} times (an error in the answer)
 * it is FAILED and waits for an administrator's retry, while an unreachable peer never makes it fail. A peer that cannot be reached ends the round: the other dossiers would
 * fail the same way, and every update stays in the table until it is sent. ADR 0008.
 */
@Component
class SyncPusher {

    private static final Logger log = LoggerFactory.getLogger(SyncPusher.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final PortalClient portal;
    private final NationalPortalSettings settings;
    private final Dossiers dossiers;
    private final JsonMapper json;
    private final Clock clock;

    SyncPusher(
            JdbcClient jdbc,
            PortalClient portal,
            NationalPortalSettings settings,
            Dossiers dossiers,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.settings = settings;
        this.dossiers = dossiers;
        this.json = json;
        this.clock = clock;
    }

    record Update(
            long id,
            UUID dossierId,
            long version,
            int sequence,
            String eventType,
            String code,
            int portalStatus,
            Map<String, Object> facts,
            int attempts) {}

    @Scheduled(
            fixedDelayString = "${motcua.national-portal.push-interval:5s}",
            initialDelayString = "${motcua.national-portal.push-initial-delay:30s}")
    @SchedulerLock(name = "nationalportal.push", lockAtMostFor = "PT10M")
    void scheduled() {
        if (portal.configured()) {
            pushDue();
        }
    }

    /** One round: every dossier whose oldest unsent update is due. The number of updates sent. */
    int pushDue() {
        Instant now = clock.instant();
        List<UUID> due = jdbc.sql("""
                        select dossier_id from (
                            select distinct on (dossier_id) dossier_id, status, next_attempt_at, recorded_at
                              from national_portal.sync_update
                             where status <> 'SENT'
                             order by dossier_id, version, sequence) head
                         where status = 'PENDING' and next_attempt_at <= :now and recorded_at <= :settled
                         order by next_attempt_at
                         limit :limit""")
                .param("now", Timestamp.from(now))
                .param("settled", Timestamp.from(now.minus(settings.settle())))
                .param("limit", settings.batchSize())
                .query(UUID.class)
                .list();
        int sent = 0;
        for (UUID dossier : due) {
            try {
                sent += pushDossier(dossier, now);
            } catch (PortalException unreachable) {
                log.info("national portal unreachable, the round stops: {}", unreachable.getMessage());
                break;
            }
        }
        return sent;
    }

    /** Sends the dossier's due updates in order until one fails; rethrows when the peer is unreachable. */
    private int pushDossier(UUID dossier, Instant now) {
        int sent = 0;
        for (Optional<Update> next = head(dossier, now); next.isPresent(); next = head(dossier, now)) {
            Update u = next.get();
            try {
                send(u);
            } catch (PortalException e) {
                failed(u, e.getMessage(), now, !e.unreachable());
                if (e.unreachable()) {
                    throw e;
                }
                return sent;
            } catch (RuntimeException e) {
                failed(u, e.getClass().getSimpleName() + ": " + e.getMessage(), now, true);
                return sent;
            }
            jdbc.sql("update national_portal.sync_update set status = 'SENT', sent_at = ?, attempts = attempts + 1,"
                            + " last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), u.id())
                    .update();
            sent++;
        }
        return sent;
    }

    /**
     * Counts a failed attempt and sets the next one. Only a refusal ({@code counts}) moves the update towards
     * FAILED: a peer that cannot be reached is no fault of the update, which waits however long it lasts.
     */
    private void failed(Update u, String error, Instant now, boolean counts) {
        int attempts = u.attempts() + 1;
        boolean giveUp = counts && attempts >= settings.giveUpAfter();
        jdbc.sql("""
                        update national_portal.sync_update
                           set attempts = :attempts, last_error = :error, next_attempt_at = :next,
                               status = :status
                         where id = :id""")
                .param("attempts", attempts)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", Timestamp.from(now.plus(settings.backoff(attempts))))
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("id", u.id())
                .update();
    }

    /** The dossier's oldest unsent update, if it is due (an earlier one failing holds it back). */
    private Optional<Update> head(UUID dossier, Instant now) {
        return jdbc.sql("""
                        select id, dossier_id, version, sequence, event_type, dossier_code, portal_status,
                               facts::text as facts, attempts, status, next_attempt_at, recorded_at
                          from national_portal.sync_update
                         where dossier_id = ? and status <> 'SENT'
                         order by version, sequence
                         limit 1""")
                .params(dossier)
                .query((rs, i) -> rs.getString("status").equals("PENDING")
                                && !rs.getTimestamp("next_attempt_at")
                                        .toInstant()
                                        .isAfter(now)
                                && !rs.getTimestamp("recorded_at").toInstant().isAfter(now.minus(settings.settle()))
                        ? new Update(
                                rs.getLong("id"),
                                rs.getObject("dossier_id", UUID.class),
                                rs.getLong("version"),
                                rs.getInt("sequence"),
                                rs.getString("event_type"),
                                rs.getString("dossier_code"),
                                rs.getInt("portal_status"),
                                json.readValue(rs.getString("facts"), MAP),
                                rs.getInt("attempts"))
                        : null)
                .optional();
    }

    /** One update: the dossier and its progress entry, or the status of a dossier the portal sent us. */
    private void send(Update u) {
        Optional<String> nationalCode = jdbc.sql(
                        "select national_code from national_portal.inbound_dossier where dossier_id = ?")
                .params(u.dossierId())
                .query(String.class)
                .optional();
        Map<String, Object> progress = progress(u);
        if (nationalCode.isPresent()) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("MaHoSo", nationalCode.get());
            status.put("MaHoSoDonVi", u.code());
            status.put("NoiDung", progress.get("NoiDungXuLy"));
            status.put("NgayXuLy", progress.get("ThoiDiemXuLy"));
            status.put("TrangThai", String.valueOf(u.portalStatus()));
            status.put("TaiLieuXuLy", List.of());
            portal.call("DongBoTrangThaiHoSo", Map.of("type", "2", "data", status));
            return;
        }
        boolean late = laterSent(u);
        if (!late) {
            // A late-comer (an older event recorded after a newer one was sent) adds its progress entry only,
            // so the portal's dossier never steps back to an older status.
            portal.call(
                    "DongBoHoSoMC",
                    Map.of("isUpdating", earlierSent(u) ? "True" : "False", "data", List.of(dossier(u))));
        }
        portal.call("CapNhatTienDoHoSoMC", Map.of("data", List.of(progress)));
    }

    private boolean earlierSent(Update u) {
        return jdbc.sql(
                        "select exists (select 1 from national_portal.sync_update where dossier_id = ? and status = 'SENT')")
                .params(u.dossierId())
                .query(Boolean.class)
                .single();
    }

    private boolean laterSent(Update u) {
        return jdbc.sql("""
                        select exists (select 1 from national_portal.sync_update
                                        where dossier_id = ? and status = 'SENT' and (version, sequence) > (?, ?))""")
                .params(u.dossierId(), u.version(), u.sequence())
                .query(Boolean.class)
                .single();
    }

    /** The portal's dossier object ({@code DongBoHoSoMC}), from the update and the applicant's contact. */
    Map<String, Object> dossier(Update u) {
        Map<String, Object> f = u.facts();
        Optional<Addressee> who = dossiers.addressee(u.dossierId().toString());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("MaHoSo", u.code());
        d.put("MaTTHC", nationalProcedureCode(f));
        d.put("TenTTHC", who.map(Addressee::procedureName).orElse(""));
        d.put("MaLinhVuc", text(f.get("fieldCode")));
        d.put("SoBienNhan", u.code());
        d.put("ChuHoSo", who.map(Addressee::applicantName).orElse(""));
        d.put("LoaiDoiTuong", "CITIZEN".equals(f.get("applicantType")) ? "1" : "2");
        d.put("Email", who.map(Addressee::email).orElse(""));
        d.put("SoDienThoai", who.map(Addressee::phone).orElse(""));
        d.put("TrichYeuHoSo", who.map(Addressee::procedureName).orElse(""));
        d.put("NgayTiepNhan", text(f.get("receivedAt")));
        d.put("NgayHenTra", text(f.get("appointment")));
        d.put("TrangThaiHoSo", String.valueOf(u.portalStatus()));
        d.put("NgayKetThucXuLy", text(f.get("finishedAt")));
        d.put("NgayTra", text(f.get("returnedAt")));
        d.put("ThongTinTra", text(f.get("returnedTo")));
        d.put("HinhThuc", "POSTAL".equals(f.get("deliveryMethod")) ? "1" : "0");
        d.put("DonViXuLy", settings.agencyCode());
        d.put("TaiLieuNop", List.of());
        d.put("DanhSachGiayToKetQua", List.of());
        if (f.get("previousAppointment") != null) {
            d.put(
                    "DanhSachHoSoBoSung",
                    List.of(Map.of(
                            "HoSoBoSungId", u.code() + "-" + u.version(),
                            "NoiDungBoSung", text(f.get("note")),
                            "NgayBoSung", text(f.get("at")),
                            "NgayHenTraTruoc", text(f.get("previousAppointment")),
                            "NgayHenTraMoi", text(f.get("appointment")))));
        }
        return d;
    }

    /** The progress entry ({@code CapNhatTienDoHoSoMC}). */
    static Map<String, Object> progress(Update u) {
        Map<String, Object> f = u.facts();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("MaHoSo", u.code());
        p.put("NguoiXuLy", text(f.get("actorName")));
        p.put("ChucDanh", text(f.get("actorRole")));
        p.put("ThoiDiemXuLy", text(f.get("at")));
        String note = text(f.get("note"));
        p.put("NoiDungXuLy", text(f.get("action")) + (note.isEmpty() ? "" : " - " + note));
        p.put("TrangThai", String.valueOf(u.portalStatus()));
        p.put("NgayBatDau", text(f.get("at")));
        p.put("NgayKetThucTheoQuyDinh", text(f.get("appointment")));
        return p;
    }

    private String nationalProcedureCode(Map<String, Object> f) {
        // The mapping table first, then the national code the catalog holds, then the local code (OpenCPS).
        String local = text(f.get("procedureCode"));
        return jdbc.sql("select national_code from national_portal.procedure_mapping where procedure_code = ? limit 1")
                .params(local)
                .query(String.class)
                .optional()
                .orElseGet(() ->
                        text(f.get("procedureNationalCode")).isEmpty() ? local : text(f.get("procedureNationalCode")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
