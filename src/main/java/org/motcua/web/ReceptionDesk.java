package org.motcua.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommands;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.StagedFile;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierDrafts;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.postal.Postal;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reception desk registers a dossier handed in at the counter: find the procedure, type the
 * applicant, tick the papers received (original or copy, how many), choose how the result is returned,
 * and receive it — the dossier gets its code and appointment at once. A hidden key sent with the form
 * makes a double click or a resubmitted page register one dossier, not two. A paper's scan may be
 * attached in its row; the files go through the same checks as the API's uploads.
 */
@Controller
@RequestMapping("/can-bo/tiep-nhan")
class ReceptionDesk {

    private final Dossiers dossiers;
    private final DossierDrafts drafts;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Postal postal;

    ReceptionDesk(Dossiers dossiers, DossierDrafts drafts, Catalog catalog, MessageSource messages, Postal postal) {
        this.postal = postal;
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The form as posted; {@code received} holds the orders of the papers ticked. */
    record Registration(
            UUID procedureId,
            UUID receivingCenterId,
            String applicantType,
            String name,
            String idType,
            String idNumber,
            String taxCode,
            String phone,
            String email,
            String address,
            String deliveryMethod,
            String deliveryAddress,
            String deliveryCommune,
            List<Integer> received,
            Map<String, String> form,
            Map<String, Integer> quantity,
            String submissionKey,
            List<Integer> dropFile) {}

    @GetMapping
    String start(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID procedure,
            CurrentUser user,
            Model model) {
        if (user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            return "redirect:/";
        }
        model.addAttribute("q", q);
        if (procedure == null) {
            if (q != null && !q.isBlank()) {
                model.addAttribute(
                        "found",
                        catalog.search(new ProcedureQuery(q, null, null, null, null, 0, 15))
                                .items());
            }
            return "officer/reception";
        }
        return form(catalog.procedure(procedure).orElse(null), user, null, List.of(), model, Map.of());
    }

    @PostMapping
    String register(
            @ModelAttribute Registration r,
            @RequestParam Map<String, MultipartFile> files,
            CurrentUser user,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProcedureView procedure = r.procedureId() == null
                ? null
                : catalog.procedure(r.procedureId()).orElse(null);
        if (procedure == null || user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            return "redirect:/can-bo/tiep-nhan";
        }
        Map<Integer, MultipartFile> chosen = chosenFiles(files);
        Map<Integer, StagedFile> kept = kept(session, r);
        List<DocumentInput> papers = new ArrayList<>();
        List<DossierCommands.Upload> uploads = new ArrayList<>();
        Map<Integer, Integer> orderOfUpload = new HashMap<>(); // a paper's index → its order
        // A paper counts as received when ticked or when its scan is attached (part "file[<order>]"), now
        // or before the form came back with an error.
        Set<Integer> received = new TreeSet<>(r.received() == null ? List.of() : r.received());
        received.addAll(chosen.keySet());
        received.addAll(kept.keySet());
        for (Integer order : received) {
            String key = String.valueOf(order);
            MultipartFile file = chosen.get(order);
            orderOfUpload.put(papers.size(), order);
            if (file != null) {
                uploads.add(new DossierCommands.Upload(
                        papers.size(), file.getOriginalFilename(), file.getContentType(), file.getSize(), file));
            } else if (kept.containsKey(order)) {
                uploads.add(drafts.upload(papers.size(), kept.get(order)));
            }
            papers.add(new DocumentInput(
                    order,
                    null,
                    r.form() == null
                            ? null
                            : enumOr(DocumentForm.class, r.form().get(key), null),
                    r.quantity() == null ? null : r.quantity().get(key),
                    DocumentOrigin.SCANNED_AT_COUNTER));
        }
        try {
            var view = dossiers.submit(
                    new Submit(
                            procedure.id(),
                            Channel.COUNTER,
                            r.receivingCenterId(),
                            new Applicant(
                                    enumOr(
                                            Applicant.ApplicantType.class,
                                            r.applicantType(),
                                            Applicant.ApplicantType.CITIZEN),
                                    r.name(),
                                    enumOr(Applicant.IdType.class, r.idType(), Applicant.IdType.CCCD),
                                    r.idNumber(),
                                    null,
                                    r.taxCode(),
                                    r.phone(),
                                    r.email(),
                                    r.address()),
                            null,
                            enumOr(DeliveryMethod.class, r.deliveryMethod(), DeliveryMethod.COUNTER),
                            deliveryAddress(r),
                            papers),
                    uploads,
                    Actor.person(user),
                    r.submissionKey());
            forgetKept(session, r);
            redirect.addFlashAttribute("done", "receive");
            return "redirect:/can-bo/ho-so/" + view.code();
        } catch (DomainException e) {
            model.addAttribute("errorTitle", Rejections.title(messages, e, locale));
            // A file's error is shown in its paper's row ("documents[<index>].file" becomes "file[<order>]"),
            // every file's at once, even when the submission stopped at the applicant's fields.
            Map<String, FieldError> errors = new LinkedHashMap<>();
            for (FieldError f : e.fieldErrors()) {
                var m = UPLOAD_FIELD.matcher(f.field());
                Integer order = m.matches() ? orderOfUpload.get(Integer.valueOf(m.group(1))) : null;
                FieldError shown = order == null ? f : new FieldError("file[" + order + "]", f.code(), f.message());
                errors.putIfAbsent(shown.field(), shown);
            }
            keep(session, r, kept, chosen).forEach(f -> errors.putIfAbsent(f.field(), f));
            return form(procedure, user, r, List.copyOf(errors.values()), model, kept);
        }
    }

    /**
     * "Tìm người nộp cũ": fills the applicant's fields from their latest dossier at this desk's agencies,
     * keeping everything else typed. Posted (not a GET) so personal data stays out of addresses.
     */
    @PostMapping("/nguoi-nop")
    String previousApplicant(
            @ModelAttribute Registration r,
            @RequestParam Map<String, MultipartFile> files,
            CurrentUser user,
            HttpSession session,
            Model model) {
        ProcedureView procedure = r.procedureId() == null
                ? null
                : catalog.procedure(r.procedureId()).orElse(null);
        if (procedure == null || user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            return "redirect:/can-bo/tiep-nhan";
        }
        var found = dossiers.previousApplicant(r.idNumber(), user);
        model.addAttribute("lookup", found.isPresent() ? "found" : "none");
        Registration typed = found.map(a -> new Registration(
                        r.procedureId(),
                        r.receivingCenterId(),
                        a.type() == null ? r.applicantType() : a.type().name(),
                        a.name(),
                        a.idType() == null ? r.idType() : a.idType().name(),
                        a.idNumber() != null ? a.idNumber() : r.idNumber(),
                        a.taxCode(),
                        a.phone(),
                        a.email(),
                        a.address(),
                        r.deliveryMethod(),
                        r.deliveryAddress(),
                        r.deliveryCommune(),
                        r.received(),
                        r.form(),
                        r.quantity(),
                        r.submissionKey(),
                        r.dropFile()))
                .orElse(r);
        Map<Integer, StagedFile> kept = kept(session, r);
        List<FieldError> fileProblems = keep(session, r, kept, chosenFiles(files));
        return form(procedure, user, typed, fileProblems, model, kept);
    }

    /**
     * The postal address as the dossier keeps it: with a commune chosen from the province's list, the typed
     * street and that commune (refused outside the province); without one, the text as typed (the return
     * counter then asks for the commune).
     */
    private String deliveryAddress(Registration r) {
        if (!DeliveryMethod.POSTAL.name().equals(r.deliveryMethod())
                || r.deliveryCommune() == null
                || r.deliveryCommune().isBlank()) {
            return r.deliveryAddress();
        }
        try {
            return postal.address(postal.province().code(), r.deliveryCommune(), r.deliveryAddress())
                    .text();
        } catch (DomainException refused) {
            throw DomainException.invalid(
                    "validation.failed",
                    refused.fieldErrors().stream()
                            .map(e -> new FieldError(
                                    e.field().equals("street") ? "deliveryAddress" : "deliveryCommune", e.code(), null))
                            .toList());
        }
    }

    private String form(
            ProcedureView procedure,
            CurrentUser user,
            Registration typed,
            List<FieldError> errors,
            Model model,
            Map<Integer, StagedFile> kept) {
        if (procedure == null) {
            return "redirect:/can-bo/tiep-nhan";
        }
        List<AgencyView> centers = user.agencyIds().stream()
                .flatMap(a -> catalog.agencyAndDescendants(a).stream())
                .distinct()
                .map(catalog::agency)
                .flatMap(java.util.Optional::stream)
                .filter(AgencyView::isServiceCenter)
                .toList();
        model.addAttribute("procedure", procedure);
        model.addAttribute("centers", centers);
        model.addAttribute("province", postal.province());
        model.addAttribute("typed", typed);
        model.addAttribute(
                "errors", errors.stream().collect(Collectors.toMap(FieldError::field, f -> f.code(), (a, b) -> a)));
        model.addAttribute(
                "submissionKey",
                typed != null && typed.submissionKey() != null ? typed.submissionKey() : UUID.randomUUID());
        model.addAttribute("kept", kept);
        return "officer/reception";
    }

    // ---- files kept while the form goes back and forth ----------------------------------------------
    // A browser cannot refill a file input, so the scans attached to a form that comes back (an error,
    // "Tìm hồ sơ cũ") are checked, stored and remembered in the session under the form's submission key;
    // the form shows them in their rows, and they are used unless another file is chosen or "Bỏ tệp" is
    // ticked. The file store keeps unreferenced files for a day, longer than a session lives.

    private static Map<Integer, MultipartFile> chosenFiles(Map<String, MultipartFile> parts) {
        Map<Integer, MultipartFile> chosen = new TreeMap<>();
        parts.forEach((part, file) -> {
            Integer order = fileOrder(part);
            if (order != null && !file.isEmpty()) {
                chosen.put(order, file);
            }
        });
        return chosen;
    }

    /** The files kept for this form, without those the officer dropped. */
    private static Map<Integer, StagedFile> kept(HttpSession session, Registration r) {
        Object value = r.submissionKey() == null ? null : session.getAttribute(KEPT + r.submissionKey());
        Map<Integer, StagedFile> kept = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((order, file) -> {
                if (order instanceof Integer o && file instanceof StagedFile f) {
                    kept.put(o, f);
                }
            });
        }
        if (r.dropFile() != null) {
            r.dropFile().forEach(kept::remove);
        }
        return kept;
    }

    /**
     * Adds the newly chosen files that pass the checks to those {@code kept} before and remembers them all
     * for the form; the problems of the
     * others, on their rows' fields ({@code file[<order>]}).
     */
    private List<FieldError> keep(
            HttpSession session, Registration r, Map<Integer, StagedFile> kept, Map<Integer, MultipartFile> chosen) {
        if (r.submissionKey() == null) {
            return List.of();
        }
        List<DossierCommands.Upload> uploads = new ArrayList<>();
        chosen.forEach((order, file) -> uploads.add(new DossierCommands.Upload(
                order, file.getOriginalFilename(), file.getContentType(), file.getSize(), file)));
        DossierDrafts.Kept checked = drafts.keep(uploads);
        kept.putAll(checked.files());
        session.setAttribute(KEPT + r.submissionKey(), new HashMap<>(kept));
        return checked.problems().stream()
                .map(f -> new FieldError(
                        f.field().replaceFirst(UPLOAD_FIELD.pattern(), "file[$1]"), f.code(), f.message()))
                .toList();
    }

    private static void forgetKept(HttpSession session, Registration r) {
        if (r.submissionKey() != null) {
            session.removeAttribute(KEPT + r.submissionKey());
        }
    }

    private static final String KEPT = "desk.kept.";
    private static final Pattern UPLOAD_FIELD = Pattern.compile("documents\\[(\\d+)]\\.file");

    private static Integer fileOrder(String part) {
        var m = FILE_PART.matcher(part);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static final Pattern FILE_PART = Pattern.compile("file\\[(\\d{1,3})]");

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return name == null || name.isBlank() ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
