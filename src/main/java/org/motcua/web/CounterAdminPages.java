package org.motcua.web;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CounterDraft;
import org.motcua.catalog.CounterView;
import org.motcua.identity.Account;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.identity.Users.AccountQuery;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Quầy tiếp nhận và trả kết quả": a service center's numbered counters, what each receives (agencies,
 * fields), whether it is open, and the reception officers seated at it. Counters live in the catalog
 * (ADR 0006); the officers' names come from identity.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/quan-tri/quay")
class CounterAdminPages {

    private static final String CREATED = CounterAdminPages.class.getName() + ".created";

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final Users users;
    private final MessageSource messages;

    CounterAdminPages(Catalog catalog, CatalogAdministration administration, Users users, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.users = users;
        this.messages = messages;
    }

    /** The counter form as typed. */
    record CounterForm(
            String number,
            String name,
            List<String> agencyIds,
            List<String> fieldCodes,
            List<String> officerIds,
            String active,
            String submissionKey) {

        static CounterForm of(CounterView c) {
            return new CounterForm(
                    String.valueOf(c.number()),
                    c.name(),
                    c.agencyIds().stream().map(UUID::toString).toList(),
                    List.copyOf(c.fieldCodes()),
                    c.officerIds().stream().map(UUID::toString).toList(),
                    c.active() ? "true" : null,
                    null);
        }

        public boolean has(List<String> values, Object value) {
            return values != null && values.contains(String.valueOf(value));
        }

        CounterDraft draft(FormProblems problems) {
            Integer parsed = problems.parse("number", number, Integer::valueOf);
            return new CounterDraft(
                    parsed == null ? 0 : parsed,
                    name,
                    uuids(agencyIds, problems, "agencyIds"),
                    fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes),
                    uuids(officerIds, problems, "officerIds"),
                    active != null);
        }

        private static Set<UUID> uuids(List<String> values, FormProblems problems, String field) {
            return values == null
                    ? Set.of()
                    : values.stream()
                            .map(v -> problems.uuid(field, v))
                            .filter(Objects::nonNull)
                            .collect(Collectors.toSet());
        }
    }

    @GetMapping
    String counters(@RequestParam(name = "trungTam", required = false) UUID centerId, Model model) {
        List<AgencyView> centers = centers();
        AgencyView center = centerId == null
                ? centers.stream().findFirst().orElse(null)
                : centers.stream()
                        .filter(c -> c.id().equals(centerId))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<CounterView> counters = center == null ? List.of() : catalog.counters(center.id());
        model.addAttribute("centers", centers);
        model.addAttribute("serviceCenter", center);
        model.addAttribute("counters", counters);
        model.addAttribute(
                "officers",
                users.accounts(
                        counters.stream().flatMap(c -> c.officerIds().stream()).collect(Collectors.toSet())));
        model.addAttribute("agencies", agencyNames());
        model.addAttribute("fields", fieldNames());
        return "admin/counters";
    }

    @GetMapping("/moi")
    String newCounter(@RequestParam(name = "trungTam") UUID centerId, Model model) {
        AgencyView center = center(centerId);
        int next = catalog.counters(centerId).stream()
                        .mapToInt(CounterView::number)
                        .max()
                        .orElse(0)
                + 1;
        return form(
                center,
                null,
                new CounterForm(
                        String.valueOf(next),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        "true",
                        UUID.randomUUID().toString()),
                model);
    }

    /** A repeated submission key (double click) shows the counter created by the first one. */
    @PostMapping("/moi")
    String create(
            @RequestParam(name = "trungTam") UUID centerId,
            @ModelAttribute("form") CounterForm form,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        AgencyView center = center(centerId);
        @SuppressWarnings("unchecked")
        Map<String, UUID> created = (Map<String, UUID>) session.getAttribute(CREATED);
        if (created == null) {
            created = Collections.synchronizedMap(new LinkedHashMap<>());
            session.setAttribute(CREATED, created);
        }
        UUID id = form.submissionKey() == null ? null : created.get(form.submissionKey());
        if (id == null) {
            FormProblems problems = new FormProblems(messages);
            CounterDraft draft = form.draft(problems);
            if (!problems.isEmpty()) {
                problems.showOn(model);
                return form(center, null, form, model);
            }
            try {
                id = administration.saveCounter(centerId, null, draft).id();
            } catch (DomainException rejected) {
                problems.showOn(model, rejected);
                return form(center, null, form, model);
            }
            if (form.submissionKey() != null) {
                created.put(form.submissionKey(), id);
            }
        }
        redirect.addFlashAttribute("notice", message("admin.counters.saved", form.number()));
        return "redirect:/quan-tri/quay?trungTam=" + centerId;
    }

    @GetMapping("/{id}")
    String counter(@PathVariable UUID id, Model model) {
        CounterView counter = load(id);
        return form(center(counter.centerId()), counter, CounterForm.of(counter), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id, @ModelAttribute("form") CounterForm form, Model model, RedirectAttributes redirect) {
        CounterView counter = load(id);
        AgencyView center = center(counter.centerId());
        FormProblems problems = new FormProblems(messages);
        CounterDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            problems.showOn(model);
            return form(center, counter, form, model);
        }
        try {
            administration.saveCounter(center.id(), id, draft);
        } catch (DomainException rejected) {
            problems.showOn(model, rejected);
            return form(center, counter, form, model);
        }
        redirect.addFlashAttribute("notice", message("admin.counters.saved", form.number()));
        return "redirect:/quan-tri/quay?trungTam=" + center.id();
    }

    private String form(AgencyView center, CounterView counter, CounterForm form, Model model) {
        model.addAttribute("serviceCenter", center);
        model.addAttribute("counter", counter);
        model.addAttribute("form", form);
        model.addAttribute(
                "agencyChoices", AgencyChoices.of(catalog.agencyTree()).choices());
        model.addAttribute("fieldChoices", catalog.fields());
        model.addAttribute("officers", receptionOfficers(center, counter));
        model.addAttribute(
                "seatedAt",
                catalog.counters(center.id()).stream()
                        .flatMap(c -> c.officerIds().stream().map(o -> Map.entry(o, c.number())))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)));
        return "admin/counter";
    }

    /** Reception officers serving this center, and whoever already sits at the counter. */
    private List<Account> receptionOfficers(AgencyView center, CounterView counter) {
        Set<UUID> seated = counter == null ? Set.of() : counter.officerIds();
        return users.search(new AccountQuery(null, Role.RECEPTION_OFFICER, null, 0, 200)).items().stream()
                .filter(a -> a.agencyIds().contains(center.id()) || seated.contains(a.id()))
                .toList();
    }

    private List<AgencyView> centers() {
        return catalog.agencies().stream()
                .filter(AgencyView::isServiceCenter)
                .filter(a -> a.activeTo() == null)
                .toList();
    }

    private AgencyView center(UUID id) {
        return catalog.agency(id)
                .filter(AgencyView::isServiceCenter)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CounterView load(UUID id) {
        return catalog.counter(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<UUID, String> agencyNames() {
        return catalog.agencies().stream()
                .collect(Collectors.toMap(
                        AgencyView::id, a -> a.shortName() != null ? a.shortName() : a.name(), (a, b) -> a));
    }

    private Map<String, String> fieldNames() {
        return catalog.fields().stream().collect(Collectors.toMap(f -> f.code(), f -> f.name(), (a, b) -> a));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
