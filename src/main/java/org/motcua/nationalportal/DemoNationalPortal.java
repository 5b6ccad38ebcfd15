package org.motcua.nationalportal;

import io.swagger.v3.oas.annotations.Hidden;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.shared.PublicEndpoints;
import org.motcua.shared.Vietnam;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode only: a fake national portal inside the application, speaking the real portal's envelope
 * (login for a session, then {@code {session, madonvi, service, …}} answered by {@code error_code}). It keeps
 * every dossier and progress entry pushed to it (shown on {@code /demo/cong-dvc-quoc-gia}), answers
 * {@code TraCuuHoSo} from them, and offers a few dossiers "submitted on the portal" to fetch. The demo
 * also maps the portal's code of the water-drilling licence procedure to the local one.
 */
@Hidden
@RestController
@RequestMapping(DemoNationalPortal.BASE)
@ConditionalOnBooleanProperty("motcua.demo")
@Order(40)
class DemoNationalPortal implements ApplicationRunner {

    static final String BASE = "/api/v1/demo/national-portal";
    static final String SESSION = "demo-portal-session";
    static final String DEMO_NATIONAL_CODE = "1.004253";
    static final String DEMO_LOCAL_CODE = "1.004253.000.00.19.H41";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Catalog catalog;
    private final NationalPortalSettings settings;

    DemoNationalPortal(
            JdbcClient jdbc, JsonMapper json, Clock clock, Catalog catalog, NationalPortalSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.catalog = catalog;
        this.settings = settings;
    }

    @Bean
    static PublicEndpoints demoNationalPortalEndpoints() {
        return new PublicEndpoints(
                List.of("/demo/cong-dvc-quoc-gia"), List.of(BASE + "/**", "/demo/cong-dvc-quoc-gia/nop-them"));
    }

    /** The demo's mapping and the dossiers waiting on the fake portal (once; kept across restarts). */
    @Override
    public void run(ApplicationArguments args) {
        catalog.procedureByCode(DEMO_LOCAL_CODE)
                .ifPresent(p -> jdbc.sql("""
                        insert into national_portal.procedure_mapping
                            (national_code, procedure_code, receiving_center_id, updated_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                DEMO_NATIONAL_CODE,
                                DEMO_LOCAL_CODE,
                                p.receivingCenterIds().stream()
                                        .sorted()
                                        .findFirst()
                                        .orElse(null),
                                Timestamp.from(clock.instant()))
                        .update());
        String[][] people = {
            {"Trần Thị Thu Hà", "040190001234", "19900412", "0912345001", "Phường Trường Thi, Vinh"},
            {"Lê Quang Dũng", "040085006789", "19850630", "0987654002", "Xã Nghi Phú, Vinh"},
            {"Công ty TNHH Khoan Giếng Hồng Lam", null, null, "0238385003", "Phường Hưng Bình, Vinh"}
        };
        for (int i = 0; i < people.length; i++) {
            String code = "G22.99-" + String.format("%06d", i + 1) + "-DVCQG";
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("MaHoSo", code);
            d.put("MaTTHC", DEMO_NATIONAL_CODE);
            d.put("ChuHoSo", people[i][0]);
            d.put("LoaiDoiTuong", people[i][1] == null ? "2" : "1");
            d.put("SoDinhDanh", people[i][1]);
            d.put("NgaySinh", people[i][2]);
            d.put("MaSoThue", people[i][1] == null ? "2901234567" : null);
            d.put("SoDienThoai", people[i][3]);
            d.put("DiaChi", people[i][4]);
            d.put("TrichYeuHoSo", "Cấp lại giấy phép hành nghề khoan nước dưới đất");
            d.put("NgayNop", PortalTime.format(LocalDateTime.now(clock.withZone(Vietnam.ZONE))));
            jdbc.sql("insert into national_portal.demo_portal_offer (national_code, body) values (?, cast(? as jsonb))"
                            + " on conflict do nothing")
                    .params(code, json.writeValueAsString(d))
                    .update();
        }
    }

    @PostMapping("/auth")
    Map<String, Object> auth(@RequestBody JsonNode body) {
        // Any user name and password will do on the fake portal.
        return Map.of("error_code", "0", "session", SESSION);
    }

    @PostMapping("/integration")
    Map<String, Object> integration(@RequestBody JsonNode body) {
        if (!SESSION.equals(body.path("session").asString(""))) {
            // The real portal answers HTTP 200 with the error in the body.
            return Map.of("error_code", "-1", "message", "session expired");
        }
        String service = body.path("service").asString("");
        return switch (service) {
            case "DongBoHoSoMC", "CapNhatTienDoHoSoMC" -> {
                for (JsonNode item : body.path("data")) {
                    keep(
                            service,
                            item.path("MaHoSo").asString(""),
                            item.path(service.equals("DongBoHoSoMC") ? "TrangThaiHoSo" : "TrangThai")
                                    .asString(""),
                            item);
                }
                yield Map.of("error_code", "0");
            }
            case "DongBoTrangThaiHoSo" -> {
                JsonNode item = body.path("data");
                keep(
                        service,
                        item.path("MaHoSo").asString(""),
                        item.path("TrangThai").asString(""),
                        item);
                yield Map.of("error_code", "0");
            }
            case "TraCuuHoSo" ->
                Map.of("error_code", "0", "result", lookUp(body.path("mahoso").asString("")));
            default -> {
                if (service.equals(settings.fetchService())) {
                    yield Map.of("error_code", "0", "result", offers());
                }
                yield Map.of("error_code", "-1", "message", "unknown service " + service);
            }
        };
    }

    private void keep(String service, String code, String status, JsonNode item) {
        jdbc.sql("""
                        insert into national_portal.demo_portal_call (service, dossier_code, status, body, received_at)
                        values (?, ?, ?, cast(? as jsonb), ?)""")
                .params(
                        service,
                        code,
                        status.isBlank() ? null : Integer.valueOf(status.trim()),
                        json.writeValueAsString(item),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private List<Map<String, Object>> lookUp(String code) {
        return jdbc.sql("""
                        select status from national_portal.demo_portal_call
                         where dossier_code = ? and service = 'DongBoHoSoMC' order by id desc limit 1""").params(code).query(Integer.class).list().stream()
                .map(s -> Map.<String, Object>of("MaHoSo", code, "TrangThaiHoSo", String.valueOf(s)))
                .toList();
    }

    /** The dossiers not fetched yet; a fetch takes them. */
    private List<JsonNode> offers() {
        List<JsonNode> offered = new ArrayList<>();
        jdbc.sql("update national_portal.demo_portal_offer set fetched = true where not fetched returning body::text")
                .query(String.class)
                .list()
                .forEach(b -> offered.add(json.readTree(b)));
        return offered;
    }

    // ---- the page ------------------------------------------------------------------------------------

    List<FakePortal.PortalDossier> dossiers(int limit) {
        List<String> codes = jdbc.sql("""
                        select dossier_code from national_portal.demo_portal_call
                         group by dossier_code order by max(id) desc limit ?""").params(limit).query(String.class).list();
        List<FakePortal.PortalDossier> result = new ArrayList<>();
        for (String code : codes) {
            List<JsonNode> calls = jdbc.sql("""
                            select body::text from national_portal.demo_portal_call
                             where dossier_code = ? order by id desc""").params(code).query(String.class).list().stream()
                    .map(json::readTree)
                    .toList();
            JsonNode dossier =
                    calls.stream().filter(c -> c.has("ChuHoSo")).findFirst().orElse(null);
            Integer status = calls.stream()
                    .map(c -> c.has("TrangThaiHoSo") ? c.path("TrangThaiHoSo") : c.path("TrangThai"))
                    .filter(n -> !n.asString("").isBlank())
                    .map(n -> Integer.valueOf(n.asString().trim()))
                    .findFirst()
                    .orElse(null);
            List<FakePortal.Entry> progress = calls.stream()
                    .filter(c -> c.has("NoiDungXuLy") || c.has("NoiDung"))
                    .map(c -> new FakePortal.Entry(
                            c.has("ThoiDiemXuLy")
                                    ? c.path("ThoiDiemXuLy").asString("")
                                    : c.path("NgayXuLy").asString(""),
                            Integer.valueOf(c.path("TrangThai").asString("0").trim()),
                            c.has("NoiDungXuLy")
                                    ? c.path("NoiDungXuLy").asString("")
                                    : c.path("NoiDung").asString(""),
                            c.path("NguoiXuLy").asString("")))
                    .toList();
            result.add(new FakePortal.PortalDossier(
                    code,
                    status,
                    dossier == null ? "" : dossier.path("ChuHoSo").asString(""),
                    dossier == null ? "" : dossier.path("TenTTHC").asString(""),
                    progress));
        }
        return result;
    }

    List<FakePortal.Offer> offerList() {
        return jdbc.sql("select national_code, body->>'ChuHoSo', fetched from national_portal.demo_portal_offer"
                        + " order by national_code")
                .query((rs, i) -> new FakePortal.Offer(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** Adds one more dossier "submitted on the portal" for the demo (a new code each time). */
    String offerAnother() {
        String code = "G22.99-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-DVCQG";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("MaHoSo", code);
        d.put("MaTTHC", DEMO_NATIONAL_CODE);
        d.put("ChuHoSo", "Phạm Minh Tuấn");
        d.put("LoaiDoiTuong", "1");
        d.put("SoDinhDanh", "040092003456");
        d.put("NgaySinh", "19920215");
        d.put("SoDienThoai", "0912345004");
        d.put("DiaChi", "Phường Bến Thủy, Vinh");
        d.put("TrichYeuHoSo", "Cấp lại giấy phép hành nghề khoan nước dưới đất");
        d.put("NgayNop", PortalTime.format(LocalDateTime.now(clock.withZone(Vietnam.ZONE))));
        jdbc.sql("insert into national_portal.demo_portal_offer (national_code, body) values (?, cast(? as jsonb))")
                .params(code, json.writeValueAsString(d))
                .update();
        return code;
    }
}
