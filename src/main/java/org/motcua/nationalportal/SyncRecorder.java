package org.motcua.nationalportal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.motcua.dossier.DossierEvents.ConsultationAnswered;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierApproved;
import org.motcua.dossier.DossierEvents.DossierAssigned;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierForwarded;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierRefused;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierSentBack;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.DossierSubmitted;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.PaymentRequested;
import org.motcua.dossier.DossierEvents.StepDueSoon;
import org.motcua.dossier.DossierEvents.StepOverdue;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.dossier.DossierEvents.WithdrawalRequested;
import org.motcua.dossier.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every dossier event the portal must hear of as a row of {@code national_portal.sync_update}: the
 * progress entry in the portal's own field names, built from the event's facts alone. Fed by the event
 * publication registry (ADR 0008): a crash before the row is written leaves the publication incomplete and
 * it is handed over again; handed over twice, it adds no second row (the event's natural key is unique).
 * Events before receipt (no dossier code, the portal's join key) and the deadline watch's reminders are
 * not the portal's business.
 */
@Component
class SyncRecorder {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final NationalPortalSettings settings;

    /** Events at or before it are not pushed (the go-live, see {@link NationalPortalSettings#syncFrom}). */
    private final java.time.LocalDateTime syncFrom;

    SyncRecorder(
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            NationalPortalSettings settings,
            @org.springframework.beans.factory.annotation.Value("${motcua.demo:false}") boolean demo) {
        this.settings = settings;
        // The demo's generated history stays off the fake portal, which shows what happens once the demo runs.
        this.syncFrom = settings.syncFrom() != null || !demo
                ? settings.syncFrom()
                : java.time.LocalDateTime.now(clock.withZone(org.motcua.shared.Vietnam.ZONE));
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DossierEvent event) {
        record(event);
    }

    /** True when a row was added (false: not for the portal, or recorded before). */
    boolean record(DossierEvent event) {
        DossierFacts f = event.facts();
        if (f.code() == null
                || event instanceof StepDueSoon
                || event instanceof StepOverdue
                || (syncFrom != null && f.at() != null && !f.at().isAfter(syncFrom))) {
            return false;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("action", action(event));
        facts.put("note", note(event));
        facts.put("reference", f.reference());
        facts.put("procedureCode", f.procedureCode());
        facts.put("procedureNationalCode", f.procedureNationalCode());
        facts.put("fieldCode", f.fieldCode());
        facts.put(
                "applicantType",
                f.applicantType() == null ? null : f.applicantType().name());
        facts.put(
                "deliveryMethod",
                f.deliveryMethod() == null ? null : f.deliveryMethod().name());
        facts.put("at", PortalTime.format(f.at()));
        facts.put("receivedAt", PortalTime.format(f.receivedAt()));
        facts.put("appointment", PortalTime.format(f.appointment()));
        facts.put("actorName", f.actor() == null ? null : f.actor().name());
        facts.put("actorRole", f.actor() == null ? null : f.actor().role());
        facts.put("fromPortalStatus", f.fromPortalStatus());
        if (event instanceof DossierExtended extended) {
            facts.put("previousAppointment", PortalTime.format(extended.previousAppointment()));
        }
        if (event instanceof DossierResolved resolved) {
            facts.put(
                    "outcome",
                    resolved.outcome() == null ? null : resolved.outcome().name());
            facts.put("finishedAt", PortalTime.format(f.at()));
        }
        if (event instanceof DossierReturned returned && returned.handOver() != null) {
            facts.put(
                    "returnedAt",
                    PortalTime.format(
                            returned.handOver().at() == null
                                    ? f.at()
                                    : returned.handOver().at()));
            facts.put("returnedTo", returned.handOver().recipientName());
        }
        var now = clock.instant();
        return jdbc.sql("""
                        insert into national_portal.sync_update (dossier_id, version, sequence, event_type, dossier_code,
                            portal_status, facts, next_attempt_at, recorded_at)
                        values (:dossier, :version, :sequence, :type, :code, :status, cast(:facts as jsonb), :now, :now)
                        on conflict on constraint sync_update_once do nothing""")
                        .param("dossier", f.dossierId())
                        .param("version", f.version())
                        .param("sequence", f.sequence())
                        .param("type", event.getClass().getSimpleName())
                        .param("code", f.code())
                        .param("status", f.toPortalStatus())
                        .param("facts", json.writeValueAsString(facts))
                        .param("now", java.sql.Timestamp.from(now))
                        .update()
                > 0;
    }

    /** The action's name as the portal's progress list shows it ("NoiDungXuLy": action - note). */
    static String action(DossierEvent event) {
        return switch (event) {
            case DossierSubmitted e -> "Nộp hồ sơ";
            case DossierReceived e -> "Tiếp nhận hồ sơ";
            case SupplementRequested e -> "Yêu cầu bổ sung hồ sơ";
            case SupplementSubmitted e -> "Bổ sung hồ sơ";
            case DossierRefused e -> "Từ chối tiếp nhận";
            case DossierAssigned e -> "Phân công xử lý";
            case DossierForwarded e -> "Chuyển bước xử lý";
            case DossierSentBack e -> "Trả lại bước trước";
            case ConsultationOpened e -> "Lấy ý kiến cơ quan liên quan";
            case ConsultationAnswered e -> "Cơ quan liên quan trả lời";
            case PaymentRequested e -> "Thông báo nghĩa vụ tài chính";
            case PaymentConfirmed e -> "Xác nhận hoàn thành nghĩa vụ tài chính";
            case DossierExtended e -> "Gia hạn thời hạn giải quyết";
            case DossierApproved e -> "Phê duyệt";
            case DossierResolved e -> e.outcome() == Outcome.REJECTED ? "Có kết quả: từ chối giải quyết" : "Có kết quả";
            case DossierReturned e -> "Trả kết quả";
            case WithdrawalRequested e -> "Công dân xin rút hồ sơ";
            case DossierStopped e -> "Dừng xử lý";
            case StepDueSoon e -> "Sắp đến hạn";
            case StepOverdue e -> "Quá hạn";
        };
    }

    private static String note(DossierEvent event) {
        String note = switch (event) {
            case SupplementRequested e -> e.issues();
            case DossierRefused e -> e.reasons();
            case DossierForwarded e -> e.note();
            case DossierSentBack e -> e.reason();
            case DossierExtended e -> e.reason();
            case DossierResolved e -> e.reasons();
            case WithdrawalRequested e -> e.reason();
            case DossierStopped e -> e.reason();
            default -> null;
        };
        // The portal broke on notes over 2,000 characters (OpenCPS dropped GhiChu for it).
        return note == null || note.length() <= 1000 ? note : note.substring(0, 1000) + "…";
    }
}
