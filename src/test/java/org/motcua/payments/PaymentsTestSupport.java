package org.motcua.payments;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The people and dossiers of the payments tests, on the demo catalog (the context the officer pages and the
 * dossier API tests share): the criminal record certificate (LLTP, 200.000 đồng, received at the provincial
 * center, processed by the Department of Justice) registered at the counter, and the water-drilling licence
 * (no published fee) submitted online by its applicant and approved, whose obligation an officer types.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
abstract class PaymentsTestSupport {

    static final String PASSWORD = "mật-khẩu";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Payments payments;

    @Autowired
    PaymentsStore store;

    @Autowired
    GatewayStore gateways;

    @Autowired
    JdbcClient jdbc;

    ProcedureView lltp;
    ProcedureView water;
    UUID center;
    UUID justice;
    UUID department;
    CurrentUser desk;
    CurrentUser specialist;
    CurrentUser leader;
    CurrentUser manager;
    CurrentUser citizen;
    CurrentUser outsider;
    String run;

    @BeforeEach
    void people() {
        lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        water = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        justice = catalog.agencyByCode("000.00.42.H41").orElseThrow().id();
        department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        UUID health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        run = UUID.randomUUID().toString().substring(0, 6);
        desk = person("pay-tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        specialist = person("pay-cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        leader = person("pay-ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department));
        manager = person("pay-gd-" + run, Set.of(Role.CENTER_MANAGER), Set.of(center));
        citizen = person("pay-cd-" + run, Set.of(Role.APPLICANT), Set.of());
        outsider = person("pay-yt-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(health));
    }

    CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, PASSWORD, "Cán bộ " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    static Applicant applicant(String name, String idNumber) {
        return new Applicant(
                Applicant.ApplicantType.CITIZEN,
                name,
                Applicant.IdType.CCCD,
                idNumber,
                null,
                null,
                "0912345678",
                null,
                "Phường Hồng Sơn");
    }

    String idNumber(int n) {
        return "0400" + String.format("%08d", (Math.abs(run.hashCode()) + n) % 100_000_000);
    }

    /** LLTP registered and received at the counter. */
    DossierView lltpAtCounter(String name, int n) {
        try {
            return submitLltp(name, n);
        } catch (org.motcua.shared.DomainException e) {
            throw new AssertionError(e.code() + " " + e.fieldErrors() + " " + lltp.documents(), e);
        }
    }

    private DossierView submitLltp(String name, int n) {
        return dossiers.submit(
                new Submit(
                        lltp.id(),
                        Channel.COUNTER,
                        center,
                        applicant(name, idNumber(n)),
                        null,
                        DeliveryMethod.COUNTER,
                        null,
                        lltp.documents().stream()
                                .filter(r -> r.mandatory())
                                .map(r -> new DocumentInput(
                                        r.order(), null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))
                                .toList()),
                List.of(),
                Actor.person(desk),
                null);
    }

    /** The water-drilling licence submitted online by {@link #citizen}, received and approved. */
    DossierView approvedOnline(String name, int n) {
        DossierView d = dossiers.submit(
                new Submit(
                        water.id(),
                        Channel.ONLINE,
                        center,
                        applicant(name, idNumber(n)),
                        null,
                        DeliveryMethod.COUNTER,
                        null,
                        List.of(new DocumentInput(1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.UPLOADED))),
                List.of(),
                Actor.person(citizen),
                null);
        d = dossiers.handle(DossierRef.of(d.id().toString()), new DossierCommand.Receive(null), Actor.person(desk));
        d = act(d, new DossierCommand.Forward(null, null, null), desk);
        d = act(d, new DossierCommand.Forward(null, null, null), specialist);
        d = act(d, new DossierCommand.Forward(null, null, null), leader);
        return act(d, new DossierCommand.Approve(null, null), leader);
    }

    DossierView act(DossierView d, DossierCommand c, CurrentUser by) {
        return dossiers.handle(DossierRef.of(d.code()), c, Actor.person(by));
    }

    /** The officer types the obligation on the dossier; the payments module learns it from the event. */
    DossierView obligation(DossierView d, long amount) {
        DossierView after = act(d, new DossierCommand.RequestPayment(Vnd.of(amount), null), leader);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> store.awaitingPayment(d.id()) && store.owed(d.id()) == amount);
        return after;
    }

    // ---- HTTP ----------------------------------------------------------------------------------

    String token(CurrentUser user) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    ResultActions postJson(CurrentUser user, String path, String body) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions getAs(CurrentUser user, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token(user)));
    }

    /** The query string the gateway's redirect carries, as a map. */
    static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    pair.substring(0, eq),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The IPN VNPay would send for a redirect, signed with {@code secret}. */
    static Map<String, String> ipn(Map<String, String> redirect, String secret, String responseCode, String txnNo) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_Amount", redirect.get("vnp_Amount"));
        p.put("vnp_BankCode", "NCB");
        p.put("vnp_BankTranNo", "VNP" + txnNo);
        p.put("vnp_CardType", "ATM");
        p.put("vnp_OrderInfo", redirect.get("vnp_OrderInfo"));
        p.put("vnp_PayDate", "20261203150500");
        p.put("vnp_ResponseCode", responseCode);
        p.put("vnp_TmnCode", redirect.get("vnp_TmnCode"));
        p.put("vnp_TransactionNo", "00".equals(responseCode) ? txnNo : "0");
        p.put("vnp_TransactionStatus", "00".equals(responseCode) ? "00" : "02");
        p.put("vnp_TxnRef", redirect.get("vnp_TxnRef"));
        p.put("vnp_SecureHash", Vnpay.hmac(secret, Vnpay.signedData(p)));
        return p;
    }

    ResultActions sendIpn(Map<String, String> params) throws Exception {
        var request = get("/api/v1/payments/vnpay/ipn");
        params.forEach(request::queryParam);
        return mvc.perform(request);
    }

    String secretOf(String tmnCode) {
        return gateways.byTmnCode(tmnCode).orElseThrow().hashSecret();
    }
}
