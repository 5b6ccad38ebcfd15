package org.motcua.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingSession;
import org.motcua.calendar.WorkingWeek;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureDetails;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.DossierDrafts;
import org.motcua.dossier.DossierDrafts.Draft;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.identity.VerifiedIdentities;
import org.motcua.identity.VerifiedIdentity;
import org.motcua.postal.Postal;
import org.motcua.postal.PostalAddress;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Vietnam;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Nộp hồ sơ trực tuyến": the applicant fills in who they are, uploads one file per required document,
 * chooses how to receive the result, reviews and submits. Every step is saved as a draft in the database
 * (per account and procedure), so an expired session or a closed browser loses nothing typed and no
 * file; after signing in again the wizard opens where it was. The draft's submission key makes a double
 * click or the back button after submitting answer the same dossier, never a second one.
 */
@Controller
@RequestMapping("/nop-ho-so/{procedureId}")
class OnlineApplication {

    static final int APPLICANT = 1;
    static final int DOCUMENTS = 2;
    static final int DELIVERY = 3;
    static final int REVIEW = 4;

    /** The applicant's fields of step 1, as named in the form and the draft. */
    static final List<String> APPLICANT_FIELDS = List.of(
            "applicantType", "name", "idType", "idNumber", "dateOfBirth", "taxCode", "phone", "email", "address");

    static final List<String> DELIVERY_FIELDS =
            List.of("deliveryMethod", "deliveryCommune", "deliveryStreet", "receivingCenterId");

    private final Catalog catalog;
    private final DossierDrafts drafts;
    private final Dossiers dossiers;
    private final Users users;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;
    private final Postal postal;
    private final VerifiedIdentities identities;

    OnlineApplication(
            Catalog catalog,
            DossierDrafts drafts,
            Dossiers dossiers,
            Users users,
            WorkingCalendar calendar,
            MessageSource messages,
            Clock clock,
            Postal postal,
            VerifiedIdentities identities) {
        this.postal = postal;
        this.identities = identities;
        this.catalog = catalog;
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.users = users;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String step(
            @PathVariable UUID procedureId,
            @RequestParam(name = "buoc", defaultValue = "1") int step,
            CurrentUser user,
            Model model) {
        ProcedureDetails details = procedure(procedureId);
        if (!mayApply(user)) {
            return "redirect:/thu-tuc/" + procedureId + "?chi-cong-dan";
        }
        Draft draft = drafts.open(user, procedureId, prefill(user));
        if (draft.submitted()) {
            return "redirect:/nop-ho-so/" + procedureId + "/da-nop";
        }
        return page(details, draft, Math.clamp(step, APPLICANT, REVIEW), Map.of(), model);
    }

    @PostMapping("/nguoi-nop")
    String applicant(
            @PathVariable UUID procedureId,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Locale locale,
            Model model) {
        ProcedureDetails details = procedure(procedureId);
        if (!mayApply(user)) {
            return "redirect:/thu-tuc/" + procedureId;
        }
        Map<String, String> typed = new LinkedHashMap<>(only(form, APPLICANT_FIELDS));
        // What VNeID asserted is never typed again, nor changed in the form.
        if (Applicant.ApplicantType.CITIZEN.name().equals(typed.get("applicantType"))) {
            typed.putAll(verified(user));
        }
        Draft draft = drafts.save(user, procedureId, typed);
        if (draft.submitted()) {
            return "redirect:/nop-ho-so/" + procedureId + "/da-nop";
        }
        List<FieldError> problems = new ArrayList<>();
        applicant(draft.fields(), problems);
        if (!problems.isEmpty()) {
            return page(details, draft, APPLICANT, byField(problems, locale), model);
        }
        return "redirect:/nop-ho-so/" + procedureId + "?buoc=" + DOCUMENTS;
    }

    @PostMapping("/giay-to")
    String documents(
            @PathVariable UUID procedureId,
            MultipartHttpServletRequest request,
            CurrentUser user,
            Locale locale,
            Model model) {
        ProcedureDetails details = procedure(procedureId);
        if (!mayApply(user)) {
            return "redirect:/thu-tuc/" + procedureId;
        }
        List<Upload> uploads = new ArrayList<>();
        for (RequiredDocumentView required : details.procedure().documents()) {
            MultipartFile file = request.getFile("file" + required.order());
            if (file != null
                    && !(file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank()))) {
                uploads.add(new Upload(
                        required.order(), file.getOriginalFilename(), file.getContentType(), file.getSize(), file));
            }
        }
        Draft draft;
        try {
            draft = drafts.attach(user, procedureId, uploads);
        } catch (DomainException rejected) {
            // The file names the slot; the problem's detail says what is wrong with it (size, type).
            Map<String, String> errors = new LinkedHashMap<>();
            String detail = message("problem." + rejected.code() + ".detail", locale, rejected.args());
            rejected.fieldErrors().forEach(e -> errors.put(slot(e.field()), detail));
            return page(details, drafts.open(user, procedureId, Map.of()), DOCUMENTS, errors, model);
        }
        if (draft.submitted()) {
            return "redirect:/nop-ho-so/" + procedureId + "/da-nop";
        }
        Map<String, String> missing = missingDocuments(details.procedure(), draft, locale);
        if (!missing.isEmpty()) {
            return page(details, draft, DOCUMENTS, missing, model);
        }
        return "redirect:/nop-ho-so/" + procedureId + "?buoc=" + DELIVERY;
    }

    @PostMapping("/nhan-ket-qua")
    String delivery(
            @PathVariable UUID procedureId,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Locale locale,
            Model model) {
        ProcedureDetails details = procedure(procedureId);
        if (!mayApply(user)) {
            return "redirect:/thu-tuc/" + procedureId;
        }
        Draft draft = drafts.save(user, procedureId, only(form, DELIVERY_FIELDS));
        if (draft.submitted()) {
            return "redirect:/nop-ho-so/" + procedureId + "/da-nop";
        }
        List<FieldError> problems = new ArrayList<>();
        delivery(draft.fields(), details, problems);
        if (!problems.isEmpty()) {
            return page(details, draft, DELIVERY, byField(problems, locale), model);
        }
        return "redirect:/nop-ho-so/" + procedureId + "?buoc=" + REVIEW;
    }

    @PostMapping("/nop")
    String submit(
            @PathVariable UUID procedureId,
            @RequestParam(required = false) String submissionKey,
            CurrentUser user,
            Locale locale,
            Model model) {
        ProcedureDetails details = procedure(procedureId);
        if (!mayApply(user)) {
            return "redirect:/thu-tuc/" + procedureId;
        }
        Optional<Draft> found = drafts.find(user, procedureId);
        if (found.isEmpty() || !found.get().submissionKey().equals(submissionKey)) {
            // A page of an application already submitted and put away: it is among the applicant's dossiers.
            return "redirect:/ho-so-cua-toi";
        }
        Draft draft = found.get();
        List<FieldError> problems = new ArrayList<>();
        Applicant applicant = applicant(draft.fields(), problems);
        delivery(draft.fields(), details, problems);
        Map<String, String> errors = new LinkedHashMap<>(byField(problems, locale));
        errors.putAll(missingDocuments(details.procedure(), draft, locale));
        if (!errors.isEmpty()) {
            return page(details, draft, REVIEW, errors, model);
        }
        List<DocumentInput> documents = details.procedure().documents().stream()
                .filter(d -> draft.files().containsKey(d.order()))
                .map(d -> DocumentInput.uploaded(d.order(), d.form(), d.quantity()))
                .toList();
        Map<String, String> f = draft.fields();
        try {
            drafts.submit(
                    user,
                    procedureId,
                    new Submit(
                            procedureId,
                            Channel.ONLINE,
                            receivingCenter(f, details),
                            applicant,
                            null,
                            DeliveryMethod.valueOf(f.get("deliveryMethod")),
                            postalAddress(f).map(PostalAddress::text).orElse(null),
                            documents));
        } catch (DomainException rejected) {
            Map<String, String> refused = new LinkedHashMap<>(byField(rejected.fieldErrors(), locale));
            refused.putIfAbsent("form", message("problem." + rejected.code() + ".detail", locale, rejected.args()));
            return page(details, draft, REVIEW, refused, model);
        }
        return "redirect:/nop-ho-so/" + procedureId + "/da-nop";
    }

    /** The confirmation: the dossier's code (or submission reference until the desk accepts it) and where it goes. */
    @GetMapping("/da-nop")
    String confirmation(@PathVariable UUID procedureId, CurrentUser user, Locale locale, Model model) {
        ProcedureDetails details = procedure(procedureId);
        Optional<Draft> draft = mayApply(user) ? drafts.find(user, procedureId) : Optional.empty();
        if (draft.isEmpty() || !draft.get().submitted()) {
            return "redirect:/nop-ho-so/" + procedureId;
        }
        DossierView dossier = dossiers.get(draft.get().dossierId().toString(), user);
        AgencyView center = catalog.agency(dossier.receivingCenterId()).orElse(null);
        model.addAttribute("procedure", details.procedure());
        model.addAttribute("dossier", dossier);
        model.addAttribute("receivingCenter", center);
        model.addAttribute("hours", center == null ? List.of() : hours(center, locale));
        return "citizen/confirmation";
    }

    /** Starts another application for the same procedure (the submitted one stays among "my dossiers"). */
    @PostMapping("/moi")
    String again(@PathVariable UUID procedureId, CurrentUser user) {
        if (mayApply(user)) {
            drafts.discard(user, procedureId);
        }
        return "redirect:/nop-ho-so/" + procedureId;
    }

    // ---- pages -------------------------------------------------------------------------------------

    private String page(ProcedureDetails details, Draft draft, int step, Map<String, String> errors, Model model) {
        ProcedureView procedure = details.procedure();
        model.addAttribute("procedure", procedure);
        model.addAttribute("details", details);
        model.addAttribute("draft", draft);
        model.addAttribute("typed", draft.fields());
        model.addAttribute("files", draft.files());
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", labels(procedure, errors.keySet()));
        model.addAttribute("centers", centers(details));
        model.addAttribute("maxFileMb", Math.max(1, drafts.maxFileSize() / 1024 / 1024));
        model.addAttribute("province", postal.province());
        if (step == REVIEW) {
            // The postage is shown before the applicant confirms.
            postalAddress(draft.fields()).ifPresent(a -> {
                model.addAttribute("postalAddressText", a.text());
                UUID center = receivingCenter(draft.fields(), details);
                if (center != null) {
                    model.addAttribute("postage", postal.postage(center, a));
                }
            });
        }
        return "citizen/apply";
    }

    /** What each field in error is called, so the summary at the top says which field it means. */
    private Map<String, String> labels(ProcedureView procedure, java.util.Set<String> fields) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : fields) {
            String label = switch (field) {
                case "deliveryMethod" -> message("citizen.delivery.method", locale);
                case "deliveryAddress" -> message("citizen.delivery.address", locale);
                case "deliveryCommune" -> message("postal.commune", locale);
                case "deliveryStreet" -> message("postal.street", locale);
                case "receivingCenterId" -> message("citizen.delivery.center", locale);
                case "form" -> null;
                default ->
                    field.startsWith("file")
                            ? procedure.documents().stream()
                                    .filter(d -> field.equals("file" + d.order()))
                                    .map(RequiredDocumentView::name)
                                    .findFirst()
                                    .orElse(null)
                            : APPLICANT_FIELDS.contains(field) ? message("citizen.applicant." + field, locale) : null;
            };
            if (label != null) {
                labels.put(field, label);
            }
        }
        return labels;
    }

    private ProcedureDetails procedure(UUID procedureId) {
        ProcedureDetails details =
                catalog.details(procedureId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!details.procedure().online()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return details;
    }

    /** The name, ID number and date of birth VNeID asserted for the signed-in person (none if not). */
    private Map<String, String> verified(CurrentUser user) {
        Map<String, String> fields = new LinkedHashMap<>();
        identities.of(user.id()).filter(VerifiedIdentity::verified).ifPresent(v -> {
            fields.put("idType", Applicant.IdType.CCCD.name());
            fields.put("idNumber", v.idNumber());
            if (v.fullName() != null) {
                fields.put("name", v.fullName());
            }
            if (v.dateOfBirth() != null) {
                fields.put("dateOfBirth", v.dateOfBirth().toString());
            }
        });
        return fields;
    }

    /** The page shows the fields VNeID filled in as read-only. */
    @ModelAttribute("verifiedIdentity")
    VerifiedIdentity verifiedIdentity(CurrentUser user) {
        return user == null
                ? null
                : identities.of(user.id()).filter(VerifiedIdentity::verified).orElse(null);
    }

    /** Online applications are the applicant's own: officers register dossiers at the desk instead. */
    private static boolean mayApply(CurrentUser user) {
        return user != null && user.hasRole(Role.APPLICANT);
    }

    private Map<String, String> prefill(CurrentUser user) {
        Users.Contact contact = users.contact(user.id());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantType", Applicant.ApplicantType.CITIZEN.name());
        fields.put("idType", Applicant.IdType.CCCD.name());
        fields.put("name", user.displayName());
        fields.putAll(verified(user));
        fields.put("phone", contact.phone());
        fields.put("email", contact.email());
        fields.put("deliveryMethod", DeliveryMethod.COUNTER.name());
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }

    private static List<AgencyView> centers(ProcedureDetails details) {
        return details.receivingCenters().stream()
                .filter(AgencyView::isServiceCenter)
                .toList();
    }

    // ---- reading the draft ---------------------------------------------------------------------------

    /** The applicant as typed, and every field that is not right (the dossier module's own rules). */
    private Applicant applicant(Map<String, String> f, List<FieldError> problems) {
        LocalDate dateOfBirth = null;
        String dob = f.get("dateOfBirth");
        if (dob != null && !dob.isBlank()) {
            try {
                dateOfBirth = LocalDate.parse(dob.strip());
                if (dateOfBirth.isAfter(LocalDate.now(clock.withZone(Vietnam.ZONE)))) {
                    problems.add(new FieldError("dateOfBirth", "Past", null));
                }
            } catch (RuntimeException e) {
                problems.add(new FieldError("dateOfBirth", "Invalid", null));
            }
        }
        Applicant.ApplicantType type = choice(Applicant.ApplicantType.class, f.get("applicantType"));
        Applicant applicant = new Applicant(
                type,
                f.get("name"),
                choice(Applicant.IdType.class, f.get("idType")),
                f.get("idNumber"),
                type == Applicant.ApplicantType.CITIZEN ? dateOfBirth : null,
                type == Applicant.ApplicantType.CITIZEN ? null : f.get("taxCode"),
                f.get("phone"),
                f.get("email"),
                f.get("address"));
        problems.addAll(applicant.problems(""));
        if (applicant.address() == null) {
            problems.add(new FieldError("address", "NotBlank", null));
        }
        return applicant;
    }

    private void delivery(Map<String, String> f, ProcedureDetails details, List<FieldError> problems) {
        DeliveryMethod method = choice(DeliveryMethod.class, f.get("deliveryMethod"));
        if (method == null) {
            problems.add(new FieldError("deliveryMethod", "NotNull", null));
        } else if (method == DeliveryMethod.POSTAL) {
            // A structured address in one of the province's communes (postal module's rule).
            try {
                postal.address(postal.province().code(), f.get("deliveryCommune"), f.get("deliveryStreet"));
            } catch (DomainException refused) {
                refused.fieldErrors()
                        .forEach(e -> problems.add(new FieldError(
                                e.field().equals("street") ? "deliveryStreet" : "deliveryCommune", e.code(), null)));
            }
        }
        if (receivingCenter(f, details) == null) {
            problems.add(new FieldError("receivingCenterId", "NotNull", null));
        }
    }

    /** The postal address chosen at step 3, when the result goes by post and the address is in the province. */
    private Optional<PostalAddress> postalAddress(Map<String, String> f) {
        if (!DeliveryMethod.POSTAL.name().equals(f.get("deliveryMethod"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    postal.address(postal.province().code(), f.get("deliveryCommune"), f.get("deliveryStreet")));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }

    /** The center chosen, or the only one that receives the procedure. */
    private static UUID receivingCenter(Map<String, String> f, ProcedureDetails details) {
        List<AgencyView> centers = centers(details);
        String chosen = f.get("receivingCenterId");
        return centers.stream()
                .filter(c -> centers.size() == 1 || c.id().toString().equals(chosen))
                .map(AgencyView::id)
                .findFirst()
                .orElse(null);
    }

    private Map<String, String> missingDocuments(ProcedureView procedure, Draft draft, Locale locale) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (RequiredDocumentView d : procedure.documents()) {
            if (d.mandatory() && !draft.files().containsKey(d.order())) {
                missing.put("file" + d.order(), message("citizen.apply.missingFile", locale));
            }
        }
        return missing;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> only(Map<String, String> form, List<String> names) {
        Map<String, String> kept = new LinkedHashMap<>();
        names.forEach(n -> {
            if (form.containsKey(n)) {
                kept.put(n, form.get(n));
            }
        });
        return kept;
    }

    /** {@code documents[3].file} → {@code file3}: the slot of required document 3. */
    private static String slot(String field) {
        return field.startsWith("documents[") ? "file" + field.replaceAll("\\D", "") : field;
    }

    private Map<String, String> byField(List<FieldError> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : problems) {
            String field = e.field().startsWith("applicant.") ? e.field().substring("applicant.".length()) : e.field();
            errors.putIfAbsent(slot(field), message("field." + e.code(), locale));
        }
        return errors;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    // ---- the center's hours ----------------------------------------------------------------------------

    /**
     * The center's opening hours as lines ("Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00"): its own text
     * when the catalog has one, else its standard working week from the calendar.
     */
    private List<String> hours(AgencyView center, Locale locale) {
        if (center.workingHours() != null && !center.workingHours().isBlank()) {
            return List.of(center.workingHours());
        }
        Optional<WorkingWeek> week = calendar.hours(center.id()).weeks().stream()
                .filter(WorkingWeek::isStandard)
                .findFirst();
        if (week.isEmpty()) {
            return List.of();
        }
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        List<String> lines = new ArrayList<>();
        DayOfWeek first = null;
        DayOfWeek last = null;
        String current = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            String sessions = week.get().sessions().sessions(day).stream()
                    .map((WorkingSession s) ->
                            s.start().format(hhmm) + "–" + s.end().format(hhmm))
                    .collect(Collectors.joining(", "));
            if (sessions.equals(current)) {
                last = day;
                continue;
            }
            if (current != null && !current.isEmpty()) {
                lines.add(days(first, last, locale) + ": " + current);
            }
            first = day;
            last = day;
            current = sessions;
        }
        if (current != null && !current.isEmpty()) {
            lines.add(days(first, last, locale) + ": " + current);
        }
        return lines;
    }

    private String days(DayOfWeek first, DayOfWeek last, Locale locale) {
        String a = message("citizen.day." + first, locale);
        return first == last ? a : a + " – " + message("citizen.day." + last, locale);
    }
}
