package org.motcua.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import org.motcua.catalog.Catalog;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommands.Act;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.DossierWorklists;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The officer's workspace: the worklist (what is due first comes first, coloured by deadline with words)
 * and the dossier page with the actions its state and the officer's role allow. Every action goes
 * through the same {@link Dossiers} facade, rules and permissions as the API.
 */
@Controller
@RequestMapping("/can-bo/ho-so")
class OfficerWorkspace {

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final DossierDocuments documents;
    private final FileStore files;
    private final Catalog catalog;
    private final MessageSource messages;

    OfficerWorkspace(
            Dossiers dossiers,
            DossierWorklists worklists,
            DossierDocuments documents,
            FileStore files,
            Catalog catalog,
            MessageSource messages) {
        this.dossiers = dossiers;
        this.worklists = worklists;
        this.documents = documents;
        this.files = files;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String worklist(
            @RequestParam(defaultValue = "unit") String view,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        if (user == null || !user.isOfficer()) {
            return "redirect:/";
        }
        String v = switch (view) {
            case "mine", "agency" -> view;
            default -> "unit";
        };
        String d = "overdue".equals(due) || "soon".equals(due) ? due : null;
        model.addAttribute("view", v);
        model.addAttribute("due", d);
        model.addAttribute("q", Text.clean(q));
        model.addAttribute(
                "result", worklists.find(new DossierWorklists.Query(v, null, null, d, q, Math.max(0, page), 25), user));
        return "officer/worklist";
    }

    @GetMapping("/{code}")
    String dossier(@PathVariable String code, CurrentUser user, Locale locale, Model model) {
        if (user == null || !user.isOfficer()) {
            return "redirect:/";
        }
        model.addAttribute("dossier", dossiers.get(code, user, locale));
        model.addAttribute("history", dossiers.history(code, user));
        model.addAttribute("issued", documents.list(code, user));
        model.addAttribute("agencies", catalog.agencies());
        return "officer/dossier";
    }

    /** A form the dossier's actions issued (receipt, supplement request …), the stored bytes. */
    @GetMapping("/{code}/giay-to/{id}")
    ResponseEntity<InputStreamResource> issued(@PathVariable String code, @PathVariable long id, CurrentUser user) {
        DossierDocuments.Download download = documents.download(code, id, user);
        var d = download.document();
        return attachment(d.contentType(), d.size(), d.fileName(), download.content());
    }

    /** The file of a submitted paper (a scan from the desk or an online upload). */
    @GetMapping("/{code}/tep/{sha256}")
    ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String sha256, CurrentUser user) {
        var document = dossiers.document(code, sha256, user);
        InputStream content =
                files.open(sha256).orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
        return attachment(document.contentType(), document.fileSize(), document.fileName(), content);
    }

    private static ResponseEntity<InputStreamResource> attachment(
            String contentType, long size, String fileName, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(size)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }

    /** What the action forms post; each action reads the fields it needs (see {@link Act}). */
    record ActionForm(
            String note,
            Integer toStep,
            java.util.UUID agencyId,
            BigDecimal days,
            Long amountVnd,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime newAppointment,

            Boolean lateApology,
            String recipient,
            String decision,
            Long version) {}

    @PostMapping("/{code}/{action}")
    String act(
            @PathVariable String code,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        DossierAction a = DossierAction.fromPath(action)
                .orElseThrow(() -> DomainException.notFound("dossier.unknown_action", action));
        try {
            var view = dossiers.act(
                    code,
                    a,
                    new Act(
                            form.note(),
                            null,
                            form.toStep(),
                            form.agencyId(),
                            form.days(),
                            form.amountVnd(),
                            form.newAppointment(),
                            form.lateApology(),
                            form.recipient(),
                            null,
                            form.version(),
                            null,
                            form.decision()),
                    user,
                    locale);
            redirect.addFlashAttribute("done", a.path());
            return "redirect:/can-bo/ho-so/" + (view.code() != null ? view.code() : view.id());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorTitle", message("problem." + e.code() + ".title", e, locale));
            redirect.addFlashAttribute("errorDetail", message("problem." + e.code() + ".detail", e, locale));
            redirect.addFlashAttribute("failedAction", a.path());
            return "redirect:/can-bo/ho-so/" + code;
        }
    }

    private String message(String key, DomainException e, Locale locale) {
        return messages.getMessage(key, e.args(), e.code(), locale);
    }
}
