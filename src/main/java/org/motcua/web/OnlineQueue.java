package org.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWorklists;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's queue of dossiers submitted online and waiting for acceptance, first submitted first. The
 * officer opens one, checks the uploaded files against the procedure's list, and receives it (code,
 * appointment, receipt to print at once), asks for a supplement listing each missing or incorrect paper
 * with its reason (once, in writing), or refuses it with reasons. Each answer produces its form.
 */
@Controller
@RequestMapping("/can-bo/tiep-nhan/truc-tuyen")
class OnlineQueue {

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final DossierDocuments documents;
    private final Catalog catalog;
    private final MessageSource messages;

    OnlineQueue(
            Dossiers dossiers,
            DossierWorklists worklists,
            DossierDocuments documents,
            Catalog catalog,
            MessageSource messages) {
        this.dossiers = dossiers;
        this.worklists = worklists;
        this.documents = documents;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * What the review posts: the version seen; for a supplement request the papers ticked as missing or
     * incorrect ({@code issue}), each one's reason and anything else; for a refusal its reasons.
     */
    record Review(Long version, List<Integer> issue, Map<String, String> reason, String other, String reasons) {}

    @GetMapping
    String queue(CurrentUser user, Model model) {
        Desk.require(user);
        model.addAttribute("waiting", worklists.atTheDesk(DossierStatus.NEW, user));
        return "officer/online-queue";
    }

    @GetMapping("/{ref}")
    String review(@PathVariable String ref, CurrentUser user, Locale locale, Model model) {
        Desk.require(user);
        return page(dossiers.get(ref, user), null, Map.of(), user, model);
    }

    @PostMapping("/{ref}/tiep-nhan")
    String receive(
            @PathVariable String ref,
            @ModelAttribute Review review,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return act(ref, DossierAction.RECEIVE, null, review, Map.of(), user, locale, model, redirect);
    }

    @PostMapping("/{ref}/yeu-cau-bo-sung")
    String requestSupplement(
            @PathVariable String ref,
            @ModelAttribute Review review,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Desk.require(user);
        DossierView d = dossiers.get(ref, user);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        List<Integer> ticked = review.issue() == null ? List.of() : review.issue();
        for (RequiredDocumentView required : required(d)) {
            if (!ticked.contains(required.order())) {
                continue;
            }
            String why =
                    review.reason() == null ? null : Text.clean(review.reason().get(String.valueOf(required.order())));
            if (why == null) {
                errors.put("reason[" + required.order() + "]", "NotBlank");
            }
            lines.add("- " + required.name() + ": " + why);
        }
        String other = Text.clean(review.other());
        if (other != null) {
            lines.add("- " + other);
        }
        if (lines.isEmpty()) {
            errors.put("issue", "NothingToSupplement");
        }
        return act(
                ref,
                DossierAction.REQUEST_SUPPLEMENT,
                String.join("\n", lines),
                review,
                errors,
                user,
                locale,
                model,
                redirect);
    }

    @PostMapping("/{ref}/tu-choi")
    String refuse(
            @PathVariable String ref,
            @ModelAttribute Review review,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String reasons = Text.clean(review.reasons());
        Map<String, String> errors = reasons == null ? Map.of("reasons", "NotBlank") : Map.of();
        return act(ref, DossierAction.REFUSE, reasons, review, errors, user, locale, model, redirect);
    }

    /** The desk's three answers to an online dossier. */
    private static DossierCommand command(DossierAction action, String note, Long version) {
        return switch (action) {
            case RECEIVE -> new DossierCommand.Receive(version);
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(note, version);
            case REFUSE -> new DossierCommand.Refuse(note, version);
            default -> throw new IllegalArgumentException("not an answer of the online queue: " + action);
        };
    }

    private String act(
            String ref,
            DossierAction action,
            String note,
            Review review,
            Map<String, String> errors,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Desk.require(user);
        if (!errors.isEmpty()) {
            model.addAttribute("failedAction", action.path());
            return page(dossiers.get(ref, user), review, errors, user, model);
        }
        try {
            DossierView after =
                    dossiers.handle(DossierRef.of(ref), command(action, note, review.version()), Actor.person(user));
            redirect.addFlashAttribute("done", action.path());
            return "redirect:/can-bo/tiep-nhan/truc-tuyen/" + (after.code() != null ? after.code() : after.id());
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Rejections.banner(model, messages, e, locale);
            model.addAttribute("failedAction", action.path());
            return page(dossiers.get(ref, user), review, errors, user, model);
        }
    }

    private String page(DossierView d, Review typed, Map<String, String> errors, CurrentUser user, Model model) {
        String ref = d.code() != null ? d.code() : d.id().toString();
        model.addAttribute("dossier", d);
        model.addAttribute("ref", ref);
        List<Paper> papers = new ArrayList<>();
        for (RequiredDocumentView r : required(d)) {
            String key = String.valueOf(r.order());
            papers.add(new Paper(
                    r.order(),
                    r.name(),
                    r.mandatory(),
                    d.documents().stream()
                            .filter(g -> g.requiredOrder() != null && g.requiredOrder() == r.order())
                            .toList(),
                    typed != null && typed.issue() != null && typed.issue().contains(r.order()),
                    typed == null || typed.reason() == null
                            ? null
                            : typed.reason().get(key)));
        }
        model.addAttribute("papers", papers);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", documents.list(ref, user));
        model.addAttribute(
                "history",
                dossiers.history(ref, user).stream()
                        .filter(h -> h.note() != null)
                        .filter(h -> h.action().equals("request-supplement")
                                || h.action().equals("refuse"))
                        .toList());
        return "officer/online-review";
    }

    /** A paper the procedure asks for, what was submitted for it, and what the officer ticked about it. */
    record Paper(
            int order, String name, boolean mandatory, List<SubmittedDocument> given, boolean issue, String reason) {}

    /** The papers the procedure asks for, as published in the version the applicant applied under. */
    private List<RequiredDocumentView> required(DossierView d) {
        return catalog.procedureAt(d.procedureId(), d.submittedAt().toLocalDate())
                .or(() -> catalog.procedure(d.procedureId()))
                .map(ProcedureView::documents)
                .orElse(List.of());
    }
}
