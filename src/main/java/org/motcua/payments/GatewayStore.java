package org.motcua.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agencies' merchant accounts and the log of every call with a gateway. */
@Component
class GatewayStore {

    private final JdbcClient jdbc;

    GatewayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GatewaySettings> of(UUID agencyId) {
        return jdbc.sql("select * from payments.gateway_settings where agency_id = :a")
                .param("a", agencyId)
                .query(GatewayStore::settings)
                .optional();
    }

    Optional<GatewaySettings> byTmnCode(String tmnCode) {
        return jdbc.sql("select * from payments.gateway_settings where provider = 'VNPAY' and tmn_code = :t")
                .param("t", tmnCode)
                .query(GatewayStore::settings)
                .optional();
    }

    List<GatewaySettings> all() {
        return jdbc.sql("select * from payments.gateway_settings order by tmn_code")
                .query(GatewayStore::settings)
                .list();
    }

    void save(GatewaySettings s) {
        jdbc.sql("""
                        insert into payments.gateway_settings (agency_id, provider, tmn_code, hash_secret, pay_url,
                            api_url, enabled, updated_at, updated_by)
                        values (:a, :p, :t, :s, :pay, :api, :e, :at, :by)
                        on conflict (agency_id) do update set provider = excluded.provider,
                            tmn_code = excluded.tmn_code, hash_secret = excluded.hash_secret,
                            pay_url = excluded.pay_url, api_url = excluded.api_url, enabled = excluded.enabled,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("a", s.agencyId())
                .param("p", s.provider().name())
                .param("t", s.tmnCode())
                .param("s", s.hashSecret())
                .param("pay", s.payUrl())
                .param("api", s.apiUrl())
                .param("e", s.enabled())
                .param("at", s.updatedAt())
                .param("by", s.updatedBy())
                .update();
    }

    private static GatewaySettings settings(ResultSet rs, int n) throws SQLException {
        return new GatewaySettings(
                rs.getObject("agency_id", UUID.class),
                PaymentMethod.valueOf(rs.getString("provider")),
                rs.getString("tmn_code"),
                rs.getString("hash_secret"),
                rs.getString("pay_url"),
                rs.getString("api_url"),
                rs.getBoolean("enabled"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getString("updated_by"));
    }

    /** Logs a call; the secret never appears in {@code params} (only what the gateway sent or was sent). */
    void log(
            LocalDateTime at,
            String direction,
            String reference,
            String answer,
            boolean accepted,
            String note,
            String params) {
        jdbc.sql("""
                        insert into payments.gateway_log (at, provider, direction, reference, answer, accepted, note, params)
                        values (:at, 'VNPAY', :d, :r, :ans, :ok, :note, :params)
                        """)
                .param("at", at)
                .param("d", direction)
                .param("r", reference == null || reference.length() > 40 ? null : reference)
                .param("ans", answer)
                .param("ok", accepted)
                .param("note", note)
                .param("params", params)
                .update();
    }

    record LogRow(LocalDateTime at, String direction, String reference, String answer, boolean accepted, String note) {}

    List<LogRow> recentLog(int limit) {
        return jdbc.sql("select * from payments.gateway_log order by id desc limit :n")
                .param("n", limit)
                .query((rs, n) -> new LogRow(
                        rs.getObject("at", LocalDateTime.class),
                        rs.getString("direction"),
                        rs.getString("reference"),
                        rs.getString("answer"),
                        rs.getBoolean("accepted"),
                        rs.getString("note")))
                .list();
    }
}
