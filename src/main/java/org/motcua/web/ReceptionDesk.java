package org.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Dossier;
import org.motcua.dossier.DossierCommands;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
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
    private final Catalog catalog;
    private final MessageSource messages;

    ReceptionDesk(Dossiers dossiers, Catalog catalog, MessageSource messages) {
        this.dossiers = dossiers;
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
            List<Integer> received,
            Map<String, String> form,
            Map<String, Integer> quantity,
            String submissionKey) {}

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
        return form(catalog.procedure(procedure).orElse(null), user, null, List.of(), model);
    }

    @PostMapping
    String register(
            @ModelAttribute Registration r,
            @RequestParam Map<String, MultipartFile> files,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProcedureView procedure = r.procedureId() == null
                ? null
                : catalog.procedure(r.procedureId()).orElse(null);
        if (procedure == null || user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            return "redirect:/can-bo/tiep-nhan";
        }
        List<DocumentInput> papers = new ArrayList<>();
        List<DossierCommands.Upload> uploads = new ArrayList<>();
        // A paper counts as received when ticked or when its scan is attached (part "file[<order>]").
        Set<Integer> received = new TreeSet<>(r.received() == null ? List.of() : r.received());
        files.forEach((part, file) -> {
            Integer order = fileOrder(part);
            if (order != null && !file.isEmpty()) {
                received.add(order);
            }
        });
        for (Integer order : received) {
            String key = String.valueOf(order);
            MultipartFile file = files.get("file[" + order + "]");
            if (file != null && !file.isEmpty()) {
                uploads.add(new DossierCommands.Upload(
                        papers.size(), file.getOriginalFilename(), file.getContentType(), file.getSize(), file));
            }
            papers.add(new DocumentInput(
                    order,
                    null,
                    r.form() == null ? null : r.form().get(key),
                    r.quantity() == null ? null : r.quantity().get(key),
                    "SCANNED_AT_COUNTER"));
        }
        try {
            var view = dossiers.submit(
                    new Submit(
                            procedure.id(),
                            Dossier.Channel.COUNTER,
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
                            enumOr(Dossier.DeliveryMethod.class, r.deliveryMethod(), Dossier.DeliveryMethod.COUNTER),
                            r.deliveryAddress(),
                            papers),
                    uploads,
                    user,
                    r.submissionKey(),
                    locale);
            redirect.addFlashAttribute("done", "receive");
            return "redirect:/can-bo/ho-so/" + view.code();
        } catch (DomainException e) {
            model.addAttribute("errorTitle", Rejections.title(messages, e, locale));
            return form(procedure, user, r, e.fieldErrors(), model);
        }
    }

    /**
     * "Tìm người nộp cũ": fills the applicant's fields from their latest dossier at this desk's agencies,
     * keeping everything else typed. Posted (not a GET) so personal data stays out of addresses.
     */
    @PostMapping("/nguoi-nop")
    String previousApplicant(@ModelAttribute Registration r, CurrentUser user, Model model) {
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
                        r.received(),
                        r.form(),
                        r.quantity(),
                        r.submissionKey()))
                .orElse(r);
        return form(procedure, user, typed, List.of(), model);
    }

    private String form(
            ProcedureView procedure, CurrentUser user, Registration typed, List<FieldError> errors, Model model) {
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
        model.addAttribute("typed", typed);
        model.addAttribute(
                "errors", errors.stream().collect(Collectors.toMap(FieldError::field, f -> f.code(), (a, b) -> a)));
        model.addAttribute(
                "submissionKey",
                typed != null && typed.submissionKey() != null ? typed.submissionKey() : UUID.randomUUID());
        return "officer/reception";
    }

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
