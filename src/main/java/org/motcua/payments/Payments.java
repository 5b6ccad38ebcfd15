package org.motcua.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.payments.PaymentsStore.AssessmentRow;
import org.motcua.payments.PaymentsStore.PaymentRow;
import org.motcua.payments.PaymentsStore.Posting;
import org.motcua.payments.PaymentsStore.ReceiptRow;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments module's door: assess a dossier's fees, take money at the counter or start an online payment,
 * refund, and read where a dossier stands. Every change of money takes the dossier's lock, writes the ledger
 * and the payment in one transaction, and numbers the receipt in it: nothing is half-written.
 */
@Service
public class Payments {

    static final Set<Role> ASSESSORS = EnumSet.of(
            Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_LEADER, Role.AGENCY_LEADER, Role.CENTER_MANAGER);
    static final Set<Role> CASHIERS = EnumSet.of(Role.RECEPTION_OFFICER, Role.CENTER_MANAGER);
    static final Set<Role> REFUNDERS = EnumSet.of(Role.CENTER_MANAGER, Role.AGENCY_LEADER);

    private final PaymentsStore store;
    private final GatewayStore gateways;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final ObjectProvider<ReceiptIssuer> issuers;
    private final ApplicationEventPublisher events;
    private final VnpayApi vnpay;
    private final ReceiptPdf pdf;
    private final Clock clock;

    Payments(
            PaymentsStore store,
            GatewayStore gateways,
            Dossiers dossiers,
            Catalog catalog,
            ObjectProvider<ReceiptIssuer> issuers,
            ApplicationEventPublisher events,
            VnpayApi vnpay,
            ReceiptPdf pdf,
            Clock clock) {
        this.store = store;
        this.gateways = gateways;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.issuers = issuers;
        this.events = events;
        this.vnpay = vnpay;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** What the module needs to know of a dossier, from a view or from an event's facts. */
    record Subject(
            UUID id, String code, UUID procedureId, UUID competentAgencyId, UUID centerId, LocalDateTime receivedAt) {

        static Subject of(DossierView d) {
            return new Subject(
                    d.id(), d.code(), d.procedureId(), d.competentAgencyId(), d.receivingCenterId(), d.receivedAt());
        }

        static Subject of(org.motcua.dossier.DossierEvents.DossierFacts f) {
            return new Subject(
                    f.dossierId(),
                    f.code(),
                    f.procedureId(),
                    f.competentAgencyId(),
                    f.receivingCenterId(),
                    f.receivedAt());
        }
    }

    // ---- reads ------------------------------------------------------------------------------------

    /** Where the dossier stands with its fees, for someone who may see it. */
    @Transactional(readOnly = true)
    public DossierFees fees(String dossierCode, CurrentUser user) {
        DossierView d = dossiers.get(dossierCode, user);
        return fees(d);
    }

    DossierFees fees(DossierView d) {
        Assessment a =
                store.assessmentInForce(d.id()).map(AssessmentRow::assessment).orElse(null);
        List<PaymentView> payments =
                store.payments(d.id()).stream().map(this::view).toList();
        return new DossierFees(
                d.id(),
                d.code(),
                a,
                store.owed(d.id()),
                store.collected(d.id()),
                store.awaitingPayment(d.id()),
                gateway(d.competentAgencyId(), d.receivingCenterId()).isPresent(),
                payments,
                store.ledger(d.id()));
    }

    /** The published fees of the procedure version in force when the dossier was received. */
    @Transactional(readOnly = true)
    public ProcedureView procedureOf(String dossierCode, CurrentUser user) {
        return procedure(Subject.of(dossiers.get(dossierCode, user)));
    }

    /** One payment of a dossier the person may see (the citizen back from the gateway). */
    @Transactional(readOnly = true)
    public PaymentView payment(String reference, CurrentUser user) {
        PaymentRow p = store.paymentByReference(reference)
                .orElseThrow(() -> DomainException.notFound("payments.payment_not_found", reference));
        dossiers.get(p.dossierId().toString(), user);
        return view(p);
    }

    PaymentView view(PaymentRow p) {
        return new PaymentView(
                p.id(),
                p.reference(),
                p.dossierCode(),
                p.method(),
                p.amountVnd(),
                p.status(),
                p.refundedVnd(),
                p.payerName(),
                p.createdAt(),
                p.settledAt(),
                p.gatewayTransactionNo(),
                store.receiptOf(p.id()).map(ReceiptRow::view).orElse(null));
    }

    // ---- assessment -------------------------------------------------------------------------------

    /**
     * Assesses the dossier's fees from its procedure's published items; replaces an assessment in force
     * (the ledger voids the old one) while nothing has been paid.
     */
    @Transactional
    public Assessment assess(String dossierCode, AssessmentRequest request, CurrentUser user) {
        DossierView d = dossiers.get(dossierCode, user);
        require(user, ASSESSORS);
        open(d);
        ProcedureView procedure = procedure(Subject.of(d));
        FeeAssessor.Computed computed = FeeAssessor.compute(procedure.fees(), request.lines());
        String reason = Text.clean(request.overrideReason());
        Vnd override = request.overrideVnd();
        if (override != null && override.dong() != computed.totalVnd() && reason == null) {
            throw DomainException.invalid(
                    "payments.override_reason_required",
                    List.of(new FieldError("overrideReason", "ReasonRequired", null)));
        }
        long due = override == null ? computed.totalVnd() : override.dong();
        store.lockDossier(d.id());
        if (store.collected(d.id()) > 0) {
            throw DomainException.conflict("payments.already_paid", d.code());
        }
        DueStage stage = request.dueStage() != null
                ? request.dueStage()
                : store.dueStage(d.procedureId()).orElse(DueStage.BEFORE_RESULT);
        LocalDateTime now = now();
        Assessment a = new Assessment(
                UUID.randomUUID(),
                d.id(),
                d.code(),
                stage,
                computed.lines(),
                computed.totalVnd(),
                due,
                due == computed.totalVnd() ? null : reason,
                actor(user),
                now);
        replace(Subject.of(d), a, procedure.versionId(), now, actor(user), null);
        return a;
    }

    private void replace(Subject d, Assessment a, UUID procedureVersionId, LocalDateTime now, String by, String note) {
        Optional<AssessmentRow> old = store.assessmentInForce(d.id());
        old.ifPresent(o -> {
            store.supersede(o.assessment().id(), now);
            store.post(new Posting(
                    d.id(),
                    d.code(),
                    o.agencyId(),
                    LedgerKind.ASSESSMENT_VOIDED,
                    o.assessment().dueVnd(),
                    o.assessment().id(),
                    null,
                    now,
                    by,
                    "reassessed"));
        });
        UUID agency = merchantAgency(d);
        store.insert(new AssessmentRow(a, agency, d.centerId(), procedureVersionId));
        store.post(new Posting(d.id(), d.code(), agency, LedgerKind.ASSESSED, a.dueVnd(), a.id(), null, now, by, note));
    }

    /**
     * The dossier module notified an obligation of {@code amount} (perhaps typed by an officer on the dossier
     * page): unless that is what the ledger already says is owed, a new assessment makes it so (what was
     * collected stays counted).
     */
    @Transactional
    void obligationNotified(Subject d, long amount, String by) {
        store.lockDossier(d.id());
        if (store.owed(d.id()) == amount) {
            return;
        }
        long collected = store.collected(d.id());
        LocalDateTime now = now();
        Assessment a = new Assessment(
                UUID.randomUUID(),
                d.id(),
                d.code(),
                DueStage.BEFORE_RESULT,
                List.of(),
                0,
                Math.addExact(collected, amount),
                "Số tiền cán bộ nhập khi thông báo nghĩa vụ tài chính trên hồ sơ",
                by,
                now);
        replace(d, a, procedure(d).versionId(), now, by, "obligation notified on the dossier");
    }

    /** When a procedure's fees fall due (administrators). */
    @Transactional
    public void setDueStage(UUID procedureId, DueStage stage, CurrentUser user) {
        require(user, EnumSet.of(Role.ADMIN));
        catalog.procedure(procedureId)
                .orElseThrow(() -> DomainException.notFound("payments.procedure_not_found", procedureId));
        store.setDueStage(procedureId, stage, now(), actor(user));
    }

    /**
     * Notifies the assessed amount as the dossier's financial obligation, through the dossier's door as the
     * officer at its step (the clock stops until it is paid).
     */
    @Transactional
    public DossierView requestPayment(String dossierCode, CurrentUser user) {
        DossierView d = dossiers.get(dossierCode, user);
        long owed = store.owed(d.id());
        if (store.assessmentInForce(d.id()).isEmpty() || owed <= 0) {
            throw DomainException.unprocessable("payments.nothing_owed", d.code());
        }
        return dossiers.handle(
                DossierRef.of(d.id().toString()),
                new DossierCommand.RequestPayment(Vnd.of(owed), null),
                Actor.person(user));
    }

    // ---- counter ----------------------------------------------------------------------------------

    /** Cash or card at the counter: at most what is owed; numbers the receipt at once. */
    @Transactional
    public PaymentView payAtCounter(String dossierCode, CounterPayment request, CurrentUser user) {
        DossierView d = dossiers.get(dossierCode, user);
        require(user, CASHIERS);
        open(d);
        if (request.method() == null || request.method().isOnline()) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("method", "CounterMethod", null)));
        }
        if (request.amountVnd() == null || request.amountVnd().isZero()) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("amountVnd", "Positive", null)));
        }
        store.lockDossier(d.id());
        AssessmentRow a = store.assessmentInForce(d.id())
                .orElseThrow(() -> DomainException.unprocessable("payments.not_assessed", d.code()));
        long owed = store.owed(d.id());
        long amount = request.amountVnd().dong();
        if (amount > owed) {
            throw DomainException.unprocessable(
                    "payments.amount_over_owed", FeeAssessor.money(amount), FeeAssessor.money(Math.max(owed, 0)));
        }
        LocalDateTime now = now();
        cancelPending(d.id(), now, actor(user), "paid at the counter");
        PaymentRow p = new PaymentRow(
                UUID.randomUUID(),
                reference(now),
                d.id(),
                d.code(),
                a.agencyId(),
                a.centerId(),
                request.method(),
                amount,
                PaymentStatus.PAID,
                0,
                payer(request.payerName(), d),
                now,
                actor(user),
                null,
                null,
                now);
        store.insert(p);
        paid(p, a, now, actor(user), user.displayName());
        return view(store.payment(p.id()).orElseThrow());
    }

    // ---- online -----------------------------------------------------------------------------------

    /** Where to send the payer's browser, and the attempt's reference. */
    public record OnlinePayment(UUID paymentId, String reference, long amountVnd, String redirectUrl) {}

    /**
     * Starts an online payment of everything owed (the applicant, from the portal): stores the attempt with
     * its reference before the redirect, withdraws older attempts still pending, and signs the redirect.
     */
    @Transactional
    public OnlinePayment startOnline(
            String dossierCode, CurrentUser user, String clientIp, String returnUrl, boolean english) {
        DossierView d = dossiers.get(dossierCode, user);
        // the applicant (who may see only their own dossiers) or a cashier helping them at the counter
        if (!user.hasRole(Role.APPLICANT)) {
            require(user, CASHIERS);
        }
        open(d);
        GatewaySettings s = gateway(d.competentAgencyId(), d.receivingCenterId())
                .orElseThrow(() -> DomainException.unprocessable("payments.no_gateway", d.code()));
        store.lockDossier(d.id());
        AssessmentRow a = store.assessmentInForce(d.id())
                .orElseThrow(() -> DomainException.unprocessable("payments.not_assessed", d.code()));
        long owed = store.owed(d.id());
        if (owed <= 0) {
            throw DomainException.unprocessable("payments.nothing_owed", d.code());
        }
        LocalDateTime now = now();
        cancelPending(d.id(), now, actor(user), "a newer attempt was started");
        String createDate = VnpayApi.STAMP.format(now);
        PaymentRow p = new PaymentRow(
                UUID.randomUUID(),
                reference(now),
                d.id(),
                d.code(),
                a.agencyId(),
                a.centerId(),
                PaymentMethod.VNPAY,
                owed,
                PaymentStatus.PENDING,
                0,
                d.applicant().name(),
                now,
                actor(user),
                createDate,
                null,
                null);
        store.insert(p);
        store.post(new Posting(
                d.id(),
                d.code(),
                a.agencyId(),
                LedgerKind.REQUESTED,
                owed,
                a.assessment().id(),
                p.id(),
                now,
                actor(user),
                "VNPay"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vnp_Version", Vnpay.VERSION);
        params.put("vnp_Command", "pay");
        params.put("vnp_TmnCode", s.tmnCode());
        params.put("vnp_Amount", Long.toString(Math.multiplyExact(owed, 100)));
        params.put("vnp_CreateDate", createDate);
        params.put("vnp_CurrCode", "VND");
        params.put("vnp_IpAddr", clientIp == null || clientIp.isBlank() ? "127.0.0.1" : clientIp);
        params.put("vnp_Locale", english ? "en" : "vn");
        params.put("vnp_OrderInfo", Vnpay.plain("Thanh toan phi le phi ho so " + d.code()));
        params.put("vnp_OrderType", "other");
        params.put("vnp_ReturnUrl", returnUrl);
        params.put("vnp_ExpireDate", VnpayApi.STAMP.format(now.plus(PaymentSweep.SESSION)));
        params.put("vnp_TxnRef", p.reference());
        String url = s.payUrl() + (s.payUrl().contains("?") ? "&" : "?") + Vnpay.signedQuery(params, s.hashSecret());
        return new OnlinePayment(p.id(), p.reference(), owed, url);
    }

    private void cancelPending(UUID dossierId, LocalDateTime now, String by, String why) {
        for (PaymentRow old : store.pendingOnline(dossierId)) {
            if (store.settle(old.id(), PaymentStatus.CANCELLED, null, null, now)) {
                store.post(new Posting(
                        old.dossierId(),
                        old.dossierCode(),
                        old.agencyId(),
                        LedgerKind.CANCELLED,
                        old.amountVnd(),
                        null,
                        old.id(),
                        now,
                        by,
                        why));
            }
        }
    }

    /**
     * The gateway reported the payment (IPN or querydr): a pending attempt becomes paid once, with its
     * receipt; false when it was no longer pending (a repeated report changes nothing).
     */
    @Transactional
    boolean settlePaid(PaymentRow p, String transactionNo, String responseCode, String via) {
        store.lockDossier(p.dossierId());
        LocalDateTime now = now();
        if (!store.settle(p.id(), PaymentStatus.PAID, transactionNo, responseCode, now)) {
            return false;
        }
        AssessmentRow a = store.assessmentInForce(p.dossierId()).orElseThrow();
        paid(p, a, now, via, via);
        return true;
    }

    /** The gateway reported the attempt failed or abandoned. */
    @Transactional
    boolean settleFailed(PaymentRow p, String transactionNo, String responseCode, String via, PaymentStatus to) {
        store.lockDossier(p.dossierId());
        LocalDateTime now = now();
        if (!store.settle(p.id(), to, transactionNo, responseCode, now)) {
            return false;
        }
        store.post(new Posting(
                p.dossierId(),
                p.dossierCode(),
                p.agencyId(),
                LedgerKind.CANCELLED,
                p.amountVnd(),
                null,
                p.id(),
                now,
                via,
                "gateway answer " + responseCode));
        return true;
    }

    private void paid(PaymentRow p, AssessmentRow a, LocalDateTime now, String by, String collector) {
        store.post(new Posting(
                p.dossierId(),
                p.dossierCode(),
                p.agencyId(),
                LedgerKind.PAID,
                p.amountVnd(),
                a.assessment().id(),
                p.id(),
                now,
                by,
                p.method().name()));
        ReceiptView receipt = issueReceipt(p, a, now, collector);
        events.publishEvent(new FeePaid(
                p.dossierId(),
                p.dossierCode(),
                p.agencyId(),
                p.id(),
                p.method(),
                p.amountVnd(),
                receipt.series(),
                receipt.number(),
                now));
    }

    private ReceiptView issueReceipt(PaymentRow p, AssessmentRow a, LocalDateTime now, String by) {
        int year = now.getYear();
        long number = store.nextReceiptNumber(p.centerId(), year);
        String series = series(year);
        String centerCode = catalog.agency(p.centerId()).map(AgencyView::code).orElse("");
        ReceiptIssuer issuer = issuers.getIfAvailable();
        ReceiptIssuer.Issued issued = issuer == null
                ? null
                : issuer.issue(new ReceiptIssuer.Draft(
                        centerCode,
                        series,
                        number,
                        p.dossierCode(),
                        p.payerName(),
                        p.amountVnd(),
                        p.method(),
                        a.assessment().lines(),
                        now));
        ReceiptView v = new ReceiptView(
                UUID.randomUUID(),
                p.id(),
                series,
                number,
                year,
                p.amountVnd(),
                p.method(),
                p.payerName(),
                now,
                by,
                issued == null ? null : issued.provider(),
                issued == null ? null : issued.code());
        store.insert(new ReceiptRow(
                v,
                p.centerId(),
                p.dossierId(),
                p.dossierCode(),
                p.agencyId(),
                a.assessment().lines()));
        return v;
    }

    /** The receipt series of a year (ký hiệu biên lai): "BL" and the year. */
    static String series(int year) {
        return "BL" + year;
    }

    // ---- refunds ----------------------------------------------------------------------------------

    /**
     * Gives money back on a payment: at the gateway first for an online payment (nothing is written when it
     * refuses or does not answer), then in the ledger.
     */
    @Transactional
    public PaymentView refund(UUID paymentId, RefundRequest request, CurrentUser user) {
        PaymentRow p = store.payment(paymentId)
                .orElseThrow(() -> DomainException.notFound("payments.payment_not_found", paymentId));
        dossiers.get(p.dossierId().toString(), user);
        require(user, REFUNDERS);
        String reason = request == null ? null : Text.clean(request.reason());
        if (request == null
                || request.amountVnd() == null
                || request.amountVnd().isZero()) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("amountVnd", "Positive", null)));
        }
        if (reason == null) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("reason", "ReasonRequired", null)));
        }
        store.lockDossier(p.dossierId());
        return refundLocked(store.payment(paymentId).orElseThrow(), request, reason, user);
    }

    private PaymentView refundLocked(PaymentRow p, RefundRequest request, String reason, CurrentUser user) {
        long amount = request.amountVnd().dong();
        if (p.status() != PaymentStatus.PAID || amount > p.amountVnd() - p.refundedVnd()) {
            throw DomainException.unprocessable(
                    "payments.refund_over_paid",
                    FeeAssessor.money(amount),
                    FeeAssessor.money(p.status() == PaymentStatus.PAID ? p.amountVnd() - p.refundedVnd() : 0));
        }
        if (p.method().isOnline()) {
            GatewaySettings s = gateways.of(p.agencyId())
                    .orElseThrow(() -> DomainException.unprocessable("payments.no_gateway", p.dossierCode()));
            VnpayApi.Answer answer;
            try {
                answer = vnpay.refund(s, p, amount, user.username());
            } catch (VnpayApi.Unreachable e) {
                throw DomainException.unprocessable("payments.gateway_unavailable");
            }
            if (!answer.succeeded()) {
                throw DomainException.unprocessable(
                        "payments.gateway_refused", answer.verified() ? answer.responseCode() : "97");
            }
        }
        LocalDateTime now = now();
        if (!store.addRefund(p.id(), amount)) {
            throw DomainException.conflict("payments.refund_over_paid", FeeAssessor.money(amount), "0");
        }
        store.post(new Posting(
                p.dossierId(),
                p.dossierCode(),
                p.agencyId(),
                LedgerKind.REFUNDED,
                amount,
                null,
                p.id(),
                now,
                actor(user),
                reason));
        events.publishEvent(
                new FeeRefunded(p.dossierId(), p.dossierCode(), p.agencyId(), p.id(), p.method(), amount, reason, now));
        return view(store.payment(p.id()).orElseThrow());
    }

    // ---- receipts ---------------------------------------------------------------------------------

    /** A receipt with what it was for, for someone who may see its dossier. */
    public record ReceiptDocument(
            ReceiptView receipt,
            String dossierCode,
            List<AssessedLine> lines,
            AgencyView center,
            AgencyView agency,
            DossierView dossier) {}

    @Transactional(readOnly = true)
    public ReceiptDocument receipt(UUID receiptId, CurrentUser user) {
        ReceiptRow r = store.receipt(receiptId)
                .orElseThrow(() -> DomainException.notFound("payments.receipt_not_found", receiptId));
        DossierView d = dossiers.get(r.dossierId().toString(), user);
        return new ReceiptDocument(
                r.view(),
                r.dossierCode(),
                r.lines(),
                catalog.agency(r.centerId()).orElse(null),
                catalog.agency(r.agencyId()).orElse(null),
                d);
    }

    /** The receipt printed (biên lai thu phí, lệ phí), for someone who may see its dossier. */
    @Transactional(readOnly = true)
    public byte[] receiptPdf(UUID receiptId, CurrentUser user) {
        return pdf.render(receipt(receiptId, user));
    }

    /**
     * What the payer's browser brought back from the gateway, for display only: whether its signature holds,
     * what the gateway said, and the payment as motcua recorded it (from the IPN or querydr).
     */
    public record Returned(boolean verified, boolean paidAtGateway, String responseCode, PaymentView payment) {}

    @Transactional(readOnly = true)
    public Returned returned(Map<String, String> params, CurrentUser user) {
        boolean verified = Optional.ofNullable(params.get("vnp_TmnCode"))
                .flatMap(gateways::byTmnCode)
                .filter(s -> Vnpay.verify(params, s.hashSecret()))
                .isPresent();
        PaymentView payment = null;
        if (verified && params.get("vnp_TxnRef") != null) {
            PaymentRow p = store.paymentByReference(params.get("vnp_TxnRef")).orElse(null);
            if (p != null) {
                dossiers.get(p.dossierId().toString(), user);
                payment = view(p);
            }
        }
        return new Returned(
                verified,
                verified && VnpayCallbacks.succeeded(params),
                verified ? params.get("vnp_ResponseCode") : null,
                payment);
    }

    // ---- gateway settings -------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<GatewaySettings.View> gatewaySettings(CurrentUser user) {
        require(user, EnumSet.of(Role.ADMIN));
        return gateways.all().stream().map(GatewaySettings::view).toList();
    }

    /** Sets an agency's merchant account; a blank secret keeps the stored one. */
    @Transactional
    public GatewaySettings.View saveGatewaySettings(UUID agencyId, GatewaySettings.Input in, CurrentUser user) {
        require(user, EnumSet.of(Role.ADMIN));
        catalog.agency(agencyId).orElseThrow(() -> DomainException.notFound("payments.agency_not_found", agencyId));
        Optional<GatewaySettings> old = gateways.of(agencyId);
        String tmn = Text.line(in.tmnCode());
        String secret = Text.clean(in.hashSecret());
        if (secret == null) {
            secret = old.map(GatewaySettings::hashSecret).orElse(null);
        }
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        if (tmn == null || !tmn.matches("[A-Za-z0-9]{1,40}")) {
            errors.add(new FieldError("tmnCode", "Pattern", null));
        }
        if (secret == null || secret.length() < 8) {
            errors.add(new FieldError("hashSecret", "Required", null));
        }
        String pay = Text.line(in.payUrl());
        String api = Text.line(in.apiUrl());
        if (pay == null || !(pay.startsWith("https://") || pay.startsWith("/"))) {
            errors.add(new FieldError("payUrl", "Url", null));
        }
        if (api == null || !(api.startsWith("https://") || api.startsWith("http://") || api.startsWith("/"))) {
            errors.add(new FieldError("apiUrl", "Url", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        GatewaySettings s = new GatewaySettings(
                agencyId,
                in.provider() == null ? PaymentMethod.VNPAY : in.provider(),
                tmn,
                secret,
                pay,
                api,
                in.enabled() == null || in.enabled(),
                now(),
                actor(user));
        gateways.byTmnCode(tmn)
                .filter(other -> !other.agencyId().equals(agencyId))
                .ifPresent(other -> {
                    throw DomainException.conflict("payments.tmn_code_taken", tmn);
                });
        gateways.save(s);
        return s.view();
    }

    /** The merchant account that collects a dossier's fees: its competent agency's, else its center's. */
    Optional<GatewaySettings> gateway(UUID competentAgencyId, UUID centerId) {
        return gateways.of(competentAgencyId).or(() -> gateways.of(centerId)).filter(GatewaySettings::enabled);
    }

    private UUID merchantAgency(Subject d) {
        return gateway(d.competentAgencyId(), d.centerId())
                .map(GatewaySettings::agencyId)
                .orElse(d.competentAgencyId());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ProcedureView procedure(Subject d) {
        LocalDate at = d.receivedAt() != null ? d.receivedAt().toLocalDate() : LocalDate.now(clock);
        return catalog.procedureAt(d.procedureId(), at)
                .or(() -> catalog.procedure(d.procedureId()))
                .orElseThrow(() -> DomainException.notFound("payments.procedure_not_found", d.procedureId()));
    }

    private static void open(DossierView d) {
        if (d.code() == null) {
            throw DomainException.unprocessable("payments.dossier_not_received", d.reference());
        }
        if (d.status().isTerminal()) {
            throw DomainException.unprocessable("payments.dossier_closed", d.code());
        }
    }

    static void require(CurrentUser user, Set<Role> roles) {
        if (user == null || roles.stream().noneMatch(user::hasRole)) {
            throw new DomainException("payments.forbidden", HttpStatus.FORBIDDEN);
        }
    }

    private static String payer(String given, DossierView d) {
        String name = Text.line(given);
        if (name != null && name.length() > 200) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("payerName", "Size", null)));
        }
        return name != null ? name : d.applicant().name();
    }

    static String actor(CurrentUser user) {
        return user.username();
    }

    /** A reference unique for ever: "MC", the date and time, and random letters (vnp_TxnRef). */
    private static String reference(LocalDateTime now) {
        String random =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        return "MC" + now.format(java.time.format.DateTimeFormatter.ofPattern("yyMMddHHmmss")) + random;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
