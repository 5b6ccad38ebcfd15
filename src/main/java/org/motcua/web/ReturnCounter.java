package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand.ConfirmPayment;
import org.motcua.dossier.DossierCommand.ReturnResult;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWorklists;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.postal.Postal;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Trả kết quả": the counter where the applicant collects the result. The officer types or scans the code
 * (a QR scanner types the tracking address and presses Enter), checks the result and the fees, and records
 * who took it — or the postal tracking number, or the electronic delivery — as the applicant chose. The
 * results ready at the officer's center wait in a list, the longest waiting first.
 */
@Controller
@RequestMapping("/can-bo/tra-ket-qua")
class ReturnCounter {

    private static final String TRACKING_PATH = "/tra-cuu/";

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final DossierDocuments documents;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Postal postal;

    ReturnCounter(
            Dossiers dossiers,
            DossierWorklists worklists,
            DossierDocuments documents,
            Catalog catalog,
            MessageSource messages,
            Postal postal) {
        this.postal = postal;
        this.dossiers = dossiers;
        this.worklists = worklists;
        this.documents = documents;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The hand-over form as posted. */
    record HandOverForm(
            String recipientName,
            String idNumber,
            String relationship,
            String trackingNumber,
            Long version,
            String submissionKey) {}

    @GetMapping
    String counter(
            @RequestParam(name = "ma", required = false) String typed,
            CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Desk.require(user);
        String code = codeFrom(typed);
        if (code != null) {
            try {
                DossierView found = dossiers.get(code, user);
                return "redirect:/can-bo/tra-ket-qua/" + ref(found);
            } catch (DomainException notHere) {
                model.addAttribute("lookupError", "NotFoundHere");
                response.setStatus(HttpStatus.NOT_FOUND.value());
            }
        }
        model.addAttribute("typed", typed);
        model.addAttribute("ready", worklists.atTheDesk(DossierStatus.RESOLVED, user));
        model.addAttribute("failedDeliveries", postal.awaitingCounter(user));
        return "officer/return";
    }

    @GetMapping("/{code}")
    String dossier(@PathVariable String code, CurrentUser user, Locale locale, Model model) {
        Desk.require(user);
        return page(dossiers.get(code, user), null, Map.of(), user, model);
    }

    @PostMapping("/{code}")
    String handOver(
            @PathVariable String code,
            @ModelAttribute HandOverForm form,
            CurrentUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Desk.require(user);
        try {
            DossierView returned = dossiers.handleOnce(
                    DossierRef.of(code),
                    new ReturnResult(
                            form.recipientName(),
                            form.idNumber(),
                            form.relationship(),
                            form.trackingNumber(),
                            form.version()),
                    Actor.person(user),
                    form.submissionKey());
            redirect.addFlashAttribute("done", "return-result");
            return "redirect:/can-bo/tra-ket-qua/" + ref(returned);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
            Map<String, String> errors = e.fieldErrors().stream()
                    .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a));
            return page(dossiers.get(code, user), form, errors, user, model);
        }
    }

    /** The applicant paid the fees notified: the desk confirms it, as on the dossier page. */
    @PostMapping("/{code}/thu-phi")
    String confirmPayment(
            @PathVariable String code,
            @RequestParam(required = false) Long version,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Desk.require(user);
        try {
            DossierView paid = dossiers.handle(DossierRef.of(code), new ConfirmPayment(version), Actor.person(user));
            redirect.addFlashAttribute("done", "confirm-payment");
            return "redirect:/can-bo/tra-ket-qua/" + ref(paid);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Rejections.banner(redirect, messages, e, locale);
            return "redirect:/can-bo/tra-ket-qua/" + code;
        }
    }

    private String page(
            DossierView dossier, HandOverForm typed, Map<String, String> errors, CurrentUser user, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", documents.list(ref(dossier), user));
        model.addAttribute(
                "procedure",
                catalog.procedureAt(
                                dossier.procedureId(),
                                dossier.receivedAt() == null
                                        ? dossier.submittedAt().toLocalDate()
                                        : dossier.receivedAt().toLocalDate())
                        .or(() -> catalog.procedure(dossier.procedureId()))
                        .orElse(null));
        List<Dossiers.HistoryView> history = dossiers.history(ref(dossier), user);
        model.addAttribute(
                "handedOver",
                history.stream()
                        .filter(h -> h.action().equals(DossierAction.RETURN_RESULT.path()))
                        .reduce((a, b) -> b)
                        .orElse(null));
        if (dossier.deliveryMethod() == org.motcua.dossier.DeliveryMethod.POSTAL) {
            PostalPart.add(model, postal, dossier);
        }
        model.addAttribute(
                "submissionKey",
                typed != null && typed.submissionKey() != null ? typed.submissionKey() : UUID.randomUUID());
        return "officer/return-dossier";
    }

    /**
     * The code in what the officer typed or the scanner sent: the bare code, or the tracking address the
     * QR code on every form carries ({@code https://…/tra-cuu/000.00.01.H41-260315-0007}).
     */
    static String codeFrom(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip();
        int at = s.lastIndexOf(TRACKING_PATH);
        if (at >= 0) {
            s = s.substring(at + TRACKING_PATH.length());
        }
        for (char end : new char[] {'?', '#'}) {
            int cut = s.indexOf(end);
            if (cut >= 0) {
                s = s.substring(0, cut);
            }
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        s = URLDecoder.decode(s, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    private static String ref(DossierView d) {
        return d.code() != null ? d.code() : d.id().toString();
    }
}
