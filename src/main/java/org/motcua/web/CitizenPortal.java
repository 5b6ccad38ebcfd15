package org.motcua.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.documents.FileStore;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand.SubmitSupplement;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWorklists;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.notification.Notifications;
import org.motcua.postal.Postal;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Hồ sơ của tôi": the applicant's own dossiers, and one dossier's page — where it is (each step with its
 * deadline and when it happened), the papers handed in, the forms issued (receipt …), the result once
 * ready, and, when more papers were asked for, the request with a form to answer it. Someone else's
 * dossier is not found (404), as in the API.
 */
@Controller
@RequestMapping("/ho-so-cua-toi")
class CitizenPortal {

    static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final DossierDocuments documents;
    private final Catalog catalog;
    private final FileStore files;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Postal postal;

    CitizenPortal(
            Dossiers dossiers,
            DossierWorklists worklists,
            DossierDocuments documents,
            Catalog catalog,
            FileStore files,
            Notifications notifications,
            MessageSource messages,
            Postal postal) {
        this.postal = postal;
        this.dossiers = dossiers;
        this.worklists = worklists;
        this.documents = documents;
        this.catalog = catalog;
        this.files = files;
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        if (!user.hasRole(Role.APPLICANT)) {
            return user.isOfficer() ? "redirect:/can-bo/ho-so" : "redirect:/";
        }
        model.addAttribute(
                "result",
                worklists.find(
                        new DossierWorklists.Query(
                                null, null, null, null, null, Paging.clamp(page, PAGE_SIZE), PAGE_SIZE),
                        user));
        return "citizen/dossiers";
    }

    @GetMapping("/{ref}")
    String dossier(@PathVariable String ref, CurrentUser user, Locale locale, Model model) {
        DossierView dossier = dossiers.get(ref, user);
        List<Dossiers.HistoryView> history = dossiers.history(ref, user);
        model.addAttribute("dossier", dossier);
        model.addAttribute("ref", ref(dossier));
        model.addAttribute("history", history);
        model.addAttribute("issued", documents.list(ref(dossier), user));
        model.addAttribute("notices", notifications.noticesAbout(user, dossier.id()));
        model.addAttribute(
                "receivingCenter", catalog.agency(dossier.receivingCenterId()).orElse(null));
        // What was asked for, and why: the note of the latest supplement request.
        model.addAttribute(
                "supplementRequest",
                history.stream()
                        .filter(h -> DossierAction.REQUEST_SUPPLEMENT.path().equals(h.action()))
                        .max(Comparator.comparingLong(Dossiers.HistoryView::id))
                        .orElse(null));
        if (dossier.allowedActions().contains(DossierAction.SUBMIT_SUPPLEMENT.path())) {
            model.addAttribute(
                    "supplementDocuments",
                    catalog.procedure(dossier.procedureId())
                            .map(ProcedureView::documents)
                            .orElse(List.of()));
        }
        if (dossier.deliveryMethod() == DeliveryMethod.POSTAL) {
            PostalPart.add(model, postal, dossier);
        }
        if (offersPostalPickup(dossier)) {
            model.addAttribute("pickupOffered", true);
            model.addAttribute("pickup", postal.pickupOf(dossier.id()).orElse(null));
            model.addAttribute("province", postal.province());
            model.addAttribute(
                    "pickupAddress",
                    postal.parse(dossier.deliveryAddress())
                            .or(() -> postal.parse(
                                    dossier.applicant() == null
                                            ? null
                                            : dossier.applicant().address()))
                            .orElse(null));
        }
        return "citizen/dossier";
    }

    /** Before receipt, for a procedure that accepts papers by post: the post may collect the paper dossier. */
    private boolean offersPostalPickup(DossierView d) {
        return (d.status() == DossierStatus.NEW || d.status() == DossierStatus.SUPPLEMENT_BEFORE_RECEIPT)
                && catalog.procedure(d.procedureId())
                        .map(p -> p.channels().contains(Channel.POSTAL))
                        .orElse(false);
    }

    /** The applicant asks the post to collect the paper dossier at their address (thu gom hồ sơ). */
    @PostMapping("/{ref}/buu-dien-nhan-ho-so")
    String requestPickup(
            @PathVariable String ref,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String street,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        DossierView dossier = dossiers.get(ref, user);
        try {
            postal.requestPickup(
                    ref, postal.address(postal.province().code(), commune, street), offersPostalPickup(dossier), user);
            redirect.addFlashAttribute("pickupDone", true);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:/ho-so-cua-toi/" + ref;
    }

    /** The applicant has read the notices about this dossier listed on its page. */
    @PostMapping("/{ref}/thong-bao/da-doc")
    String readNotices(@PathVariable String ref, CurrentUser user) {
        DossierView dossier = dossiers.get(ref, user);
        notifications.markReadAbout(user, dossier.id());
        return "redirect:/ho-so-cua-toi/" + ref(dossier) + "#dossier-notices";
    }

    /** The answer to a supplement request: a file for each paper asked for, and a note. */
    @PostMapping("/{ref}/bo-sung")
    String supplement(
            @PathVariable String ref,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            MultipartHttpServletRequest request,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        DossierView dossier = dossiers.get(ref, user);
        List<RequiredDocumentView> required = catalog.procedure(dossier.procedureId())
                .map(ProcedureView::documents)
                .orElse(List.of());
        List<DocumentInput> added = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (RequiredDocumentView d : required) {
            MultipartFile file = request.getFile("file" + d.order());
            if (file != null
                    && (file.getSize() > 0
                            || (file.getOriginalFilename() != null
                                    && !file.getOriginalFilename().isBlank()))) {
                uploads.add(new Upload(
                        added.size(), file.getOriginalFilename(), file.getContentType(), file.getSize(), file));
                added.add(DocumentInput.uploaded(d.order(), d.form(), d.quantity()));
            }
        }
        try {
            DossierView after = dossiers.handle(
                    DossierRef.of(ref), new SubmitSupplement(note, added, uploads, version), Actor.person(user));
            redirect.addFlashAttribute("done", DossierAction.SUBMIT_SUPPLEMENT.path());
            return "redirect:/ho-so-cua-toi/" + ref(after);
        } catch (DomainException rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.fieldErrors().forEach(e -> {
                String field = e.field();
                if (field.startsWith("documents[") && field.endsWith(".file")) {
                    int index = Integer.parseInt(field.replaceAll("\\D", ""));
                    field = index < added.size() ? "file" + added.get(index).requiredOrder() : "documents";
                } else if (field.startsWith("documents")) {
                    field = "documents";
                }
                errors.putIfAbsent(field, message("field." + e.code(), locale));
            });
            redirect.addFlashAttribute("errors", errors);
            Rejections.banner(redirect, messages, rejected, locale);
            redirect.addFlashAttribute("typedNote", note);
            return "redirect:/ho-so-cua-toi/" + ref;
        }
    }

    /** A file the applicant handed in. */
    @GetMapping("/{ref}/tep/{sha256}")
    ResponseEntity<InputStreamResource> file(@PathVariable String ref, @PathVariable String sha256, CurrentUser user) {
        SubmittedDocument document = dossiers.document(ref, sha256, user);
        InputStream content =
                files.open(sha256).orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
        return FileResponses.stream(content, document.contentType(), document.fileSize(), document.fileName(), false);
    }

    /** A form issued for the dossier (receipt, supplement request …) or its result, as issued. */
    @GetMapping("/{ref}/giay-to/{id}")
    ResponseEntity<InputStreamResource> issued(@PathVariable String ref, @PathVariable long id, CurrentUser user) {
        DossierDocuments.Download download = documents.download(ref, id, user);
        return FileResponses.stream(
                download.content(),
                download.document().contentType(),
                download.document().size(),
                download.document().fileName(),
                true);
    }

    /** The dossier's code, or its id while it has none (before the desk accepts it). */
    static String ref(DossierView dossier) {
        return dossier.code() != null ? dossier.code() : dossier.id().toString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
