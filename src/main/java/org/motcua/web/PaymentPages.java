package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.FeeView;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.CurrentUser;
import org.motcua.payments.AssessmentRequest;
import org.motcua.payments.CounterPayment;
import org.motcua.payments.DueStage;
import org.motcua.payments.FeeLineInput;
import org.motcua.payments.PaymentMethod;
import org.motcua.payments.Payments;
import org.motcua.payments.Reconciliation;
import org.motcua.payments.ReconciliationRun;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.FileResponses;
import org.motcua.shared.Vietnam;
import org.motcua.shared.Vnd;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The fee pages: the officer's fees of a dossier (assessment from the published items, counter payment with
 * its receipt, notifying the obligation), the applicant's payment from the portal and the page the gateway
 * returns to (display only: the IPN decides), and the accountant's reconciliation.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final Reconciliation reconciliation;
    private final MessageSource messages;

    PaymentPages(Payments payments, Reconciliation reconciliation, MessageSource messages) {
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.messages = messages;
    }

    // ---- officer ----------------------------------------------------------------------------------

    @GetMapping("/can-bo/ho-so/{code}/phi")
    String officer(@PathVariable String code, CurrentUser user, Model model) {
        model.addAttribute("fees", payments.fees(code, user));
        ProcedureView procedure = payments.procedureOf(code, user);
        model.addAttribute("procedure", procedure);
        model.addAttribute("code", code);
        return "payments/officer";
    }

    @PostMapping("/can-bo/ho-so/{code}/phi/xac-dinh")
    String assess(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        ProcedureView procedure = payments.procedureOf(code, user);
        List<FeeLineInput> lines = new ArrayList<>();
        List<FeeView> fees = procedure.fees();
        try {
            for (int i = 0; i < fees.size(); i++) {
                FeeView fee = fees.get(i);
                Integer percent = integer(form.get("r" + i));
                String reason = form.get("why" + i);
                if (fee.kind() == FeeKind.TIERED) {
                    List<Long> tiers = new ArrayList<>();
                    long units = 0;
                    for (int t = 0; t < fee.tiers().size(); t++) {
                        Long q = number(form.get("t" + i + "_" + t));
                        tiers.add(q == null ? 0 : q);
                        units += q == null ? 0 : Math.abs(q);
                    }
                    if (units > 0) {
                        lines.add(new FeeLineInput(i, null, tiers, percent, reason));
                    }
                } else {
                    Long q = number(form.get("q" + i));
                    if (q != null && q != 0) {
                        lines.add(new FeeLineInput(i, q, null, percent, reason));
                    }
                }
            }
            Long override = number(form.get("overrideVnd"));
            payments.assess(
                    code,
                    new AssessmentRequest(
                            lines,
                            override == null ? null : Vnd.of(override),
                            form.get("overrideReason"),
                            form.get("dueStage") == null || form.get("dueStage").isBlank()
                                    ? null
                                    : DueStage.valueOf(form.get("dueStage"))),
                    user);
            redirect.addFlashAttribute("done", "assessed");
        } catch (DomainException e) {
            problem(redirect, e, locale);
        } catch (IllegalArgumentException e) {
            problem(
                    redirect,
                    DomainException.invalid("validation.failed", List.of(new FieldError("form", "Invalid", null))),
                    locale);
        }
        return "redirect:/can-bo/ho-so/" + code + "/phi";
    }

    @PostMapping("/can-bo/ho-so/{code}/phi/thu")
    String collect(
            @PathVariable String code,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String amountVnd,
            @RequestParam(required = false) String payerName,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Long amount = number(amountVnd);
            var paid = payments.payAtCounter(
                    code,
                    new CounterPayment(
                            method == null ? null : PaymentMethod.valueOf(method),
                            amount == null ? null : Vnd.of(amount),
                            payerName),
                    user);
            redirect.addFlashAttribute("done", "paid");
            redirect.addFlashAttribute("receiptId", paid.receipt().id());
        } catch (DomainException e) {
            problem(redirect, e, locale);
        } catch (IllegalArgumentException e) {
            problem(
                    redirect,
                    DomainException.invalid(
                            "validation.failed", List.of(new FieldError("amountVnd", "Positive", null))),
                    locale);
        }
        return "redirect:/can-bo/ho-so/" + code + "/phi";
    }

    @PostMapping("/can-bo/ho-so/{code}/phi/thong-bao")
    String request(@PathVariable String code, CurrentUser user, Locale locale, RedirectAttributes redirect) {
        try {
            payments.requestPayment(code, user);
            redirect.addFlashAttribute("done", "requested");
        } catch (DomainException e) {
            problem(redirect, e, locale);
        }
        return "redirect:/can-bo/ho-so/" + code + "/phi";
    }

    @GetMapping({"/can-bo/bien-lai/{id}.pdf", "/ho-so-cua-toi/bien-lai/{id}.pdf"})
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, CurrentUser user) {
        return FileResponses.bytes(
                payments.receiptPdf(id, user), MediaType.APPLICATION_PDF, "bien-lai-" + id + ".pdf", true);
    }

    // ---- applicant --------------------------------------------------------------------------------

    @GetMapping("/ho-so-cua-toi/{ref}/thanh-toan")
    String citizen(@PathVariable String ref, CurrentUser user, Model model) {
        model.addAttribute("fees", payments.fees(ref, user));
        model.addAttribute("ref", ref);
        return "payments/citizen";
    }

    @PostMapping("/ho-so-cua-toi/{ref}/thanh-toan")
    String pay(
            @PathVariable String ref,
            CurrentUser user,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            String back = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/thanh-toan/vnpay/ket-qua")
                    .build()
                    .toUriString();
            var online =
                    payments.startOnline(ref, user, request.getRemoteAddr(), back, "en".equals(locale.getLanguage()));
            return "redirect:" + online.redirectUrl();
        } catch (DomainException e) {
            problem(redirect, e, locale);
            return "redirect:/ho-so-cua-toi/" + ref + "/thanh-toan";
        }
    }

    /** Where VNPay sends the payer back: shows the outcome; the IPN (or querydr) is what records it. */
    @GetMapping("/thanh-toan/vnpay/ket-qua")
    String returned(@RequestParam Map<String, String> params, CurrentUser user, Model model) {
        model.addAttribute("result", payments.returned(params, user));
        return "payments/returned";
    }

    // ---- accountant -------------------------------------------------------------------------------

    @GetMapping("/can-bo/doi-soat")
    String reconciliationPage(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            CurrentUser user,
            Model model) {
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        LocalDate f = from == null ? today.minusDays(7) : from;
        LocalDate t = to == null ? today : to;
        List<ReconciliationRun> runs = reconciliation.runs(f, t, user);
        model.addAttribute("runs", runs);
        model.addAttribute("mismatches", reconciliation.mismatches(f, t, user));
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("agencies", reconciliation.agencies(user));
        return "payments/reconciliation";
    }

    @PostMapping("/can-bo/doi-soat/chay")
    String reconcileNow(
            @RequestParam UUID agencyId,
            @RequestParam LocalDate day,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            reconciliation.reconcileNow(agencyId, day, user);
            redirect.addFlashAttribute("done", "reconciled");
        } catch (DomainException e) {
            problem(redirect, e, locale);
        }
        return "redirect:/can-bo/doi-soat?from=" + day + "&to=" + day;
    }

    @GetMapping("/can-bo/doi-soat/kho-bac/{agencyId}.xlsx")
    ResponseEntity<byte[]> treasury(
            @PathVariable UUID agencyId, @RequestParam LocalDate from, @RequestParam LocalDate to, CurrentUser user) {
        return FileResponses.bytes(
                reconciliation.treasuryWorkbook(agencyId, from, to, user),
                FileResponses.XLSX,
                "kho-bac-" + from + "-" + to + ".xlsx",
                false);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void problem(RedirectAttributes redirect, DomainException e, Locale locale) {
        redirect.addFlashAttribute(
                "errorTitle", messages.getMessage("problem." + e.code() + ".title", null, e.code(), locale));
        redirect.addFlashAttribute(
                "errorDetail", messages.getMessage("problem." + e.code() + ".detail", e.args(), "", locale));
        redirect.addFlashAttribute(
                "errorFields",
                e.fieldErrors().stream().map(f -> f.field() + ": " + f.code()).toList());
    }

    /** A whole number of đồng as typed ("150.000" too); a fraction or text is refused. */
    static Long number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replace(".", "").replace(" ", "");
        if (!digits.matches("-?\\d{1,15}")) {
            throw new IllegalArgumentException("not a whole number: " + typed);
        }
        return Long.parseLong(digits);
    }

    private static Integer integer(String typed) {
        Long n = number(typed);
        return n == null ? null : Math.toIntExact(n);
    }
}
