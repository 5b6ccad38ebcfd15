package org.motcua.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The payments schema: assessments, payments, the ledger, receipts and the dossiers' obligations. */
@Component
class PaymentsStore {

    private static final TypeReference<List<AssessedLine>> LINES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PaymentsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises every change of money on one dossier until the transaction ends. */
    void lockDossier(UUID dossierId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)")
                .param("k", dossierId.getMostSignificantBits() ^ dossierId.getLeastSignificantBits())
                .query((rs, n) -> 1)
                .list();
    }

    // ---- assessments ----------------------------------------------------------------------------

    record AssessmentRow(Assessment assessment, UUID agencyId, UUID centerId, UUID procedureVersionId) {}

    Optional<AssessmentRow> assessmentInForce(UUID dossierId) {
        return jdbc.sql("select * from payments.assessment where dossier_id = :d and superseded_at is null")
                .param("d", dossierId)
                .query(this::assessmentRow)
                .optional();
    }

    void supersede(UUID assessmentId, LocalDateTime at) {
        jdbc.sql("update payments.assessment set superseded_at = :at where id = :id")
                .param("at", at)
                .param("id", assessmentId)
                .update();
    }

    void insert(AssessmentRow row) {
        Assessment a = row.assessment();
        jdbc.sql("""
                        insert into payments.assessment (id, dossier_id, dossier_code, procedure_version_id, agency_id,
                            center_id, due_stage, computed_vnd, due_vnd, override_reason, lines, assessed_by, assessed_at)
                        values (:id, :d, :code, :pv, :agency, :center, :stage, :computed, :due, :reason,
                            cast(:lines as jsonb), :by, :at)
                        """)
                .param("id", a.id())
                .param("d", a.dossierId())
                .param("code", a.dossierCode())
                .param("pv", row.procedureVersionId())
                .param("agency", row.agencyId())
                .param("center", row.centerId())
                .param("stage", a.dueStage().name())
                .param("computed", a.computedVnd())
                .param("due", a.dueVnd())
                .param("reason", a.overrideReason())
                .param("lines", json.writeValueAsString(a.lines()))
                .param("by", a.assessedBy())
                .param("at", a.assessedAt())
                .update();
    }

    private AssessmentRow assessmentRow(ResultSet rs, int n) throws SQLException {
        Assessment a = new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                DueStage.valueOf(rs.getString("due_stage")),
                json.readValue(rs.getString("lines"), LINES),
                rs.getLong("computed_vnd"),
                rs.getLong("due_vnd"),
                rs.getString("override_reason"),
                rs.getString("assessed_by"),
                rs.getObject("assessed_at", LocalDateTime.class));
        return new AssessmentRow(
                a,
                rs.getObject("agency_id", UUID.class),
                rs.getObject("center_id", UUID.class),
                rs.getObject("procedure_version_id", UUID.class));
    }

    Optional<DueStage> dueStage(UUID procedureId) {
        return jdbc.sql("select due_stage from payments.fee_due where procedure_id = :p")
                .param("p", procedureId)
                .query((rs, n) -> DueStage.valueOf(rs.getString(1)))
                .optional();
    }

    void setDueStage(UUID procedureId, DueStage stage, LocalDateTime at, String by) {
        jdbc.sql("""
                        insert into payments.fee_due (procedure_id, due_stage, updated_at, updated_by)
                        values (:p, :s, :at, :by)
                        on conflict (procedure_id) do update
                        set due_stage = excluded.due_stage, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        """)
                .param("p", procedureId)
                .param("s", stage.name())
                .param("at", at)
                .param("by", by)
                .update();
    }

    // ---- ledger ----------------------------------------------------------------------------------

    record Posting(
            UUID dossierId,
            String dossierCode,
            UUID agencyId,
            LedgerKind kind,
            long amountVnd,
            UUID assessmentId,
            UUID paymentId,
            LocalDateTime at,
            String actor,
            String note) {}

    void post(Posting p) {
        jdbc.sql("""
                        insert into payments.ledger_entry (dossier_id, dossier_code, agency_id, kind, amount_vnd,
                            assessment_id, payment_id, at, actor, note)
                        values (:d, :code, :agency, :kind, :amount, :assessment, :payment, :at, :actor, :note)
                        """)
                .param("d", p.dossierId())
                .param("code", p.dossierCode())
                .param("agency", p.agencyId())
                .param("kind", p.kind().name())
                .param("amount", p.amountVnd())
                .param("assessment", p.assessmentId())
                .param("payment", p.paymentId())
                .param("at", p.at())
                .param("actor", p.actor())
                .param("note", p.note())
                .update();
    }

    List<LedgerEntry> ledger(UUID dossierId) {
        return jdbc.sql("""
                        select seq, kind, amount_vnd, payment_id, at, actor, note from payments.ledger_entry
                        where dossier_id = :d order by seq
                        """)
                .param("d", dossierId)
                .query((rs, n) -> new LedgerEntry(
                        rs.getLong("seq"),
                        LedgerKind.valueOf(rs.getString("kind")),
                        rs.getLong("amount_vnd"),
                        rs.getObject("payment_id", UUID.class),
                        rs.getObject("at", LocalDateTime.class),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    /** What the dossier still owes: assessed, less voided, less paid, plus refunded. */
    long owed(UUID dossierId) {
        return jdbc.sql("""
                        select coalesce(sum(case kind when 'ASSESSED' then amount_vnd when 'REFUNDED' then amount_vnd
                                                      when 'ASSESSMENT_VOIDED' then -amount_vnd
                                                      when 'PAID' then -amount_vnd else 0 end), 0)
                        from payments.ledger_entry where dossier_id = :d
                        """).param("d", dossierId).query(Long.class).single();
    }

    /** Paid less refunded. */
    long collected(UUID dossierId) {
        return jdbc.sql("""
                        select coalesce(sum(case kind when 'PAID' then amount_vnd when 'REFUNDED' then -amount_vnd
                                                      else 0 end), 0)
                        from payments.ledger_entry where dossier_id = :d
                        """).param("d", dossierId).query(Long.class).single();
    }

    // ---- payments --------------------------------------------------------------------------------

    record PaymentRow(
            UUID id,
            String reference,
            UUID dossierId,
            String dossierCode,
            UUID agencyId,
            UUID centerId,
            PaymentMethod method,
            long amountVnd,
            PaymentStatus status,
            long refundedVnd,
            String payerName,
            LocalDateTime createdAt,
            String createdBy,
            String gatewayCreateDate,
            String gatewayTransactionNo,
            LocalDateTime settledAt) {}

    void insert(PaymentRow p) {
        jdbc.sql("""
                        insert into payments.payment (id, reference, dossier_id, dossier_code, agency_id, center_id,
                            method, amount_vnd, status, payer_name, created_at, created_by, gateway_create_date,
                            settled_at)
                        values (:id, :ref, :d, :code, :agency, :center, :method, :amount, :status, :payer, :at, :by,
                            :gcd, :settled)
                        """)
                .param("id", p.id())
                .param("ref", p.reference())
                .param("d", p.dossierId())
                .param("code", p.dossierCode())
                .param("agency", p.agencyId())
                .param("center", p.centerId())
                .param("method", p.method().name())
                .param("amount", p.amountVnd())
                .param("status", p.status().name())
                .param("payer", p.payerName())
                .param("at", p.createdAt())
                .param("by", p.createdBy())
                .param("gcd", p.gatewayCreateDate())
                .param("settled", p.settledAt())
                .update();
    }

    /** Moves a pending payment to its outcome; false if it was no longer pending (a repeated callback). */
    boolean settle(UUID id, PaymentStatus to, String transactionNo, String responseCode, LocalDateTime at) {
        return jdbc.sql("""
                                update payments.payment set status = :to, gateway_transaction_no = :txn,
                                    gateway_response_code = :code, settled_at = :at
                                where id = :id and status = 'PENDING'
                                """)
                        .param("to", to.name())
                        .param("txn", transactionNo)
                        .param("code", responseCode)
                        .param("at", at)
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean addRefund(UUID id, long amount) {
        return jdbc.sql("""
                                update payments.payment set refunded_vnd = refunded_vnd + :a
                                where id = :id and status = 'PAID' and refunded_vnd + :a <= amount_vnd
                                """).param("a", amount).param("id", id).update() == 1;
    }

    private static final String PAYMENT = "select * from payments.payment ";

    Optional<PaymentRow> payment(UUID id) {
        return jdbc.sql(PAYMENT + "where id = :id")
                .param("id", id)
                .query(this::paymentRow)
                .optional();
    }

    Optional<PaymentRow> paymentByReference(String reference) {
        return jdbc.sql(PAYMENT + "where reference = :r")
                .param("r", reference)
                .query(this::paymentRow)
                .optional();
    }

    List<PaymentRow> payments(UUID dossierId) {
        return jdbc.sql(PAYMENT + "where dossier_id = :d order by created_at, reference")
                .param("d", dossierId)
                .query(this::paymentRow)
                .list();
    }

    List<PaymentRow> pendingOnline(UUID dossierId) {
        return jdbc.sql(PAYMENT + "where dossier_id = :d and status = 'PENDING'")
                .param("d", dossierId)
                .query(this::paymentRow)
                .list();
    }

    List<PaymentRow> pendingBefore(LocalDateTime before, int limit) {
        return jdbc.sql(PAYMENT + "where status = 'PENDING' and created_at < :b order by created_at limit :n")
                .param("b", before)
                .param("n", limit)
                .query(this::paymentRow)
                .list();
    }

    List<PaymentRow> onlineCreated(UUID agencyId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(PAYMENT + """
                        where agency_id = :a and method in ('VNPAY', 'PAYGOV') and created_at >= :f and created_at < :t
                        order by created_at
                        """)
                .param("a", agencyId)
                .param("f", from)
                .param("t", to)
                .query(this::paymentRow)
                .list();
    }

    private PaymentRow paymentRow(ResultSet rs, int n) throws SQLException {
        return new PaymentRow(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getObject("agency_id", UUID.class),
                rs.getObject("center_id", UUID.class),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getLong("amount_vnd"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getLong("refunded_vnd"),
                rs.getString("payer_name"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getString("created_by"),
                rs.getString("gateway_create_date"),
                rs.getString("gateway_transaction_no"),
                rs.getObject("settled_at", LocalDateTime.class));
    }

    // ---- receipts --------------------------------------------------------------------------------

    /** The next receipt number of the center's year, under the counter row's lock until commit. */
    long nextReceiptNumber(UUID centerId, int year) {
        return jdbc.sql("""
                        insert into payments.receipt_counter (center_id, year, last_number) values (:c, :y, 1)
                        on conflict (center_id, year)
                        do update set last_number = payments.receipt_counter.last_number + 1
                        returning last_number
                        """)
                .param("c", centerId)
                .param("y", year)
                .query(Long.class)
                .single();
    }

    record ReceiptRow(
            ReceiptView view,
            UUID centerId,
            UUID dossierId,
            String dossierCode,
            UUID agencyId,
            List<AssessedLine> lines) {}

    void insert(ReceiptRow r) {
        ReceiptView v = r.view();
        jdbc.sql("""
                        insert into payments.receipt (id, center_id, year, series, number, payment_id, dossier_id,
                            dossier_code, agency_id, payer_name, amount_vnd, method, lines, issued_at, issued_by,
                            e_receipt_provider, e_receipt_code)
                        values (:id, :c, :y, :s, :n, :p, :d, :code, :a, :payer, :amount, :method, cast(:lines as jsonb),
                            :at, :by, :ep, :ec)
                        """)
                .param("id", v.id())
                .param("c", r.centerId())
                .param("y", v.year())
                .param("s", v.series())
                .param("n", v.number())
                .param("p", v.paymentId())
                .param("d", r.dossierId())
                .param("code", r.dossierCode())
                .param("a", r.agencyId())
                .param("payer", v.payerName())
                .param("amount", v.amountVnd())
                .param("method", v.method().name())
                .param("lines", json.writeValueAsString(r.lines()))
                .param("at", v.issuedAt())
                .param("by", v.issuedBy())
                .param("ep", v.eReceiptProvider())
                .param("ec", v.eReceiptCode())
                .update();
    }

    private static final String RECEIPT = "select * from payments.receipt ";

    Optional<ReceiptRow> receipt(UUID id) {
        return jdbc.sql(RECEIPT + "where id = :id")
                .param("id", id)
                .query(this::receiptRow)
                .optional();
    }

    Optional<ReceiptRow> receiptOf(UUID paymentId) {
        return jdbc.sql(RECEIPT + "where payment_id = :p")
                .param("p", paymentId)
                .query(this::receiptRow)
                .optional();
    }

    List<ReceiptRow> receipts(UUID agencyId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(RECEIPT
                        + "where agency_id = :a and issued_at >= :f and issued_at < :t order by issued_at, number")
                .param("a", agencyId)
                .param("f", from)
                .param("t", to)
                .query(this::receiptRow)
                .list();
    }

    private ReceiptRow receiptRow(ResultSet rs, int n) throws SQLException {
        ReceiptView v = new ReceiptView(
                rs.getObject("id", UUID.class),
                rs.getObject("payment_id", UUID.class),
                rs.getString("series"),
                rs.getLong("number"),
                rs.getInt("year"),
                rs.getLong("amount_vnd"),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("payer_name"),
                rs.getObject("issued_at", LocalDateTime.class),
                rs.getString("issued_by"),
                rs.getString("e_receipt_provider"),
                rs.getString("e_receipt_code"));
        return new ReceiptRow(
                v,
                rs.getObject("center_id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getObject("agency_id", UUID.class),
                json.readValue(rs.getString("lines"), LINES));
    }

    // ---- the dossiers' obligations, from the dossier events -----------------------------------

    /** Records the obligation's state if this event is newer than the one recorded. */
    void obligation(UUID dossierId, boolean awaiting, Long requestedVnd, long dossierVersion) {
        jdbc.sql("""
                        insert into payments.dossier_obligation (dossier_id, awaiting_payment, requested_vnd, dossier_version)
                        values (:d, :w, :r, :v)
                        on conflict (dossier_id) do update
                        set awaiting_payment = excluded.awaiting_payment,
                            requested_vnd = coalesce(excluded.requested_vnd, payments.dossier_obligation.requested_vnd),
                            dossier_version = excluded.dossier_version
                        where payments.dossier_obligation.dossier_version < excluded.dossier_version
                        """)
                .param("d", dossierId)
                .param("w", awaiting)
                .param("r", requestedVnd)
                .param("v", dossierVersion)
                .update();
    }

    boolean awaitingPayment(UUID dossierId) {
        return jdbc.sql("select awaiting_payment from payments.dossier_obligation where dossier_id = :d")
                .param("d", dossierId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
