package org.motcua.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Fee assessment, counter and online payments, receipts, refunds, reconciliation")
@ProblemResponse(status = 404, codes = "dossier.not_found")
class PaymentsController {

    private final Payments payments;
    private final Reconciliation reconciliation;
    private final ReceiptPdf pdf;

    PaymentsController(Payments payments, Reconciliation reconciliation, ReceiptPdf pdf) {
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.pdf = pdf;
    }

    @GetMapping("/dossiers/{code}")
    @Operation(summary = "Where a dossier stands with its fees: assessment, owed, collected, payments, ledger")
    DossierFees fees(@PathVariable String code, CurrentUser user) {
        return payments.fees(code, user);
    }

    @PostMapping("/dossiers/{code}/assessment")
    @ProblemResponse(
            status = 400,
            codes = {"validation.failed", "payments.override_reason_required"})
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(status = 409, codes = "payments.already_paid")
    @ProblemResponse(
            status = 422,
            codes = {"payments.dossier_not_received", "payments.dossier_closed"})
    @Operation(summary = "Assess the dossier's fees from its procedure's published fee items")
    Assessment assess(@PathVariable String code, @RequestBody AssessmentRequest body, CurrentUser user) {
        return payments.assess(code, body, user);
    }

    @PostMapping("/dossiers/{code}/request")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(status = 409, codes = "dossier.invalid_transition")
    @ProblemResponse(status = 422, codes = "payments.nothing_owed")
    @Operation(summary = "Notify the assessed amount as the dossier's financial obligation (the clock stops)")
    DossierView request(@PathVariable String code, CurrentUser user) {
        return payments.requestPayment(code, user);
    }

    @PostMapping("/dossiers/{code}/counter")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(
            status = 422,
            codes = {"payments.not_assessed", "payments.amount_over_owed", "payments.dossier_closed"})
    @Operation(summary = "Take cash or card at the counter; numbers the receipt")
    PaymentView counter(@PathVariable String code, @RequestBody CounterPayment body, CurrentUser user) {
        return payments.payAtCounter(code, body, user);
    }

    @PostMapping("/dossiers/{code}/online")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(
            status = 422,
            codes = {"payments.no_gateway", "payments.not_assessed", "payments.nothing_owed", "payments.dossier_closed"
            })
    @Operation(summary = "Start an online payment of everything owed: answers the signed gateway address")
    Payments.OnlinePayment online(
            @PathVariable String code, HttpServletRequest request, Locale locale, CurrentUser user) {
        return payments.startOnline(
                code, user, request.getRemoteAddr(), returnUrl(), "en".equals(locale.getLanguage()));
    }

    static String returnUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/thanh-toan/vnpay/ket-qua")
                .build()
                .toUriString();
    }

    @PostMapping("/{paymentId}/refund")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(status = 404, codes = "payments.payment_not_found")
    @ProblemResponse(status = 409, codes = "payments.refund_over_paid")
    @ProblemResponse(
            status = 422,
            codes = {"payments.refund_over_paid", "payments.gateway_unavailable", "payments.gateway_refused"})
    @Operation(summary = "Refund (part of) a payment: at the gateway first for an online payment")
    PaymentView refund(@PathVariable UUID paymentId, @RequestBody RefundRequest body, CurrentUser user) {
        return payments.refund(paymentId, body, user);
    }

    @GetMapping("/receipts/{receiptId}.pdf")
    @ProblemResponse(status = 404, codes = "payments.receipt_not_found")
    @ApiResponse(
            responseCode = "200",
            description = "The receipt (biên lai thu phí, lệ phí)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The numbered fee receipt as PDF")
    ResponseEntity<byte[]> receipt(@PathVariable UUID receiptId, CurrentUser user) {
        Payments.ReceiptDocument doc = payments.receipt(receiptId, user);
        return FileResponses.bytes(
                pdf.render(doc), MediaType.APPLICATION_PDF, ReceiptPdf.fileName(doc.receipt()), true);
    }

    @PutMapping("/procedures/{procedureId}/due-stage")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(status = 404, codes = "payments.procedure_not_found")
    @Operation(summary = "Set when a procedure's fees fall due (administrators)")
    ResponseEntity<Void> dueStage(@PathVariable UUID procedureId, @RequestBody DueStageInput body, CurrentUser user) {
        payments.setDueStage(procedureId, body.dueStage(), user);
        return ResponseEntity.noContent().build();
    }

    record DueStageInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            DueStage dueStage) {}

    @GetMapping("/gateways")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @Operation(summary = "The agencies' merchant accounts (secrets are never shown)")
    List<GatewaySettings.View> gateways(CurrentUser user) {
        return payments.gatewaySettings(user);
    }

    @PutMapping("/gateways/{agencyId}")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(status = 404, codes = "payments.agency_not_found")
    @ProblemResponse(status = 409, codes = "payments.tmn_code_taken")
    @Operation(summary = "Set an agency's merchant account; a blank secret keeps the stored one")
    GatewaySettings.View saveGateway(
            @PathVariable UUID agencyId, @RequestBody GatewaySettings.Input body, CurrentUser user) {
        return payments.saveGatewaySettings(agencyId, body, user);
    }

    @GetMapping("/reconciliation")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @Operation(summary = "The reconciliation runs and their mismatches over a period")
    ReconciliationReport reconciliation(@RequestParam LocalDate from, @RequestParam LocalDate to, CurrentUser user) {
        return new ReconciliationReport(reconciliation.runs(from, to, user), reconciliation.mismatches(from, to, user));
    }

    record ReconciliationReport(List<ReconciliationRun> runs, List<Mismatch> mismatches) {}

    @PostMapping("/reconciliation/{agencyId}/{day}")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ProblemResponse(status = 422, codes = "payments.no_gateway")
    @Operation(summary = "Compare an agency's day with its gateway now")
    ReconciliationRun reconcile(@PathVariable UUID agencyId, @PathVariable LocalDate day, CurrentUser user) {
        return reconciliation.reconcileNow(agencyId, day, user);
    }

    @GetMapping("/treasury/{agencyId}.xlsx")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 403, codes = "payments.forbidden")
    @ApiResponse(
            responseCode = "200",
            description = "Receipts and refunds of the period",
            content =
                    @Content(
                            mediaType = FileResponses.XLSX_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The State Treasury export of an agency's receipts over a period (.xlsx)")
    ResponseEntity<byte[]> treasury(
            @PathVariable UUID agencyId, @RequestParam LocalDate from, @RequestParam LocalDate to, CurrentUser user) {
        return FileResponses.bytes(
                reconciliation.treasuryWorkbook(agencyId, from, to, user),
                FileResponses.XLSX,
                "kho-bac-" + from + "-" + to + ".xlsx",
                false);
    }
}
