package org.motcua.web;

import java.time.LocalDate;
import java.util.UUID;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyDraft;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies and their units: the tree, creating a unit under a parent, editing, retiring and reactivating. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AgencyAdminPages {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final MessageSource messages;

    AgencyAdminPages(Catalog catalog, CatalogAdministration administration, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/co-quan")
    String agencies(Model model) {
        model.addAttribute("tree", catalog.agencyTree());
        return "catalog/admin/agencies";
    }

    @GetMapping("/quan-tri/co-quan/moi")
    String newAgency(@RequestParam(name = "capTren", required = false) UUID parentId, Model model) {
        AgencyView parent = parentId == null ? null : agency(parentId);
        return form(null, AgencyForm.under(parent), model);
    }

    @PostMapping("/quan-tri/co-quan/moi")
    String create(@ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes redirect) {
        FormProblems problems = new FormProblems(messages);
        AgencyDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            problems.showOn(model);
            return form(null, form, model);
        }
        try {
            AgencyView created = administration.createAgency(draft);
            redirect.addFlashAttribute("notice", message("catalog.admin.agency.created", created.name()));
            return "redirect:/quan-tri/co-quan/" + created.id();
        } catch (DomainException rejected) {
            problems.showOn(model, rejected);
            return form(null, form, model);
        }
    }

    @GetMapping("/quan-tri/co-quan/{id}")
    String agency(@PathVariable UUID id, Model model) {
        AgencyView agency = agency(id);
        return form(agency, AgencyForm.of(agency), model);
    }

    /** A changed code keeps the old one linked (the domain records it as a former code). */
    @PostMapping("/quan-tri/co-quan/{id}")
    String update(
            @PathVariable UUID id, @ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes redirect) {
        AgencyView agency = agency(id);
        FormProblems problems = new FormProblems(messages);
        AgencyDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            problems.showOn(model);
            return form(agency, form, model);
        }
        try {
            AgencyView saved = administration.updateAgency(id, draft);
            redirect.addFlashAttribute("notice", message("catalog.admin.agency.saved", saved.name()));
            return "redirect:/quan-tri/co-quan/" + id;
        } catch (DomainException rejected) {
            problems.showOn(model, rejected);
            return form(agency, form, model);
        }
    }

    @PostMapping("/quan-tri/co-quan/{id}/ngung-hoat-dong")
    String retire(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            RedirectAttributes redirect) {
        AgencyView retired = administration.retireAgency(id, lastDay);
        redirect.addFlashAttribute(
                "notice",
                message(
                        "catalog.admin.agency.retired",
                        retired.name(),
                        CatalogFormats.DATE.format(retired.activeTo())));
        return "redirect:/quan-tri/co-quan/" + id;
    }

    @PostMapping("/quan-tri/co-quan/{id}/hoat-dong-lai")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        AgencyView agency =
                administration.updateAgency(id, AgencyDraft.of(agency(id)).withActiveTo(null));
        redirect.addFlashAttribute("notice", message("catalog.admin.agency.reactivated", agency.name()));
        return "redirect:/quan-tri/co-quan/" + id;
    }

    private String form(AgencyView agency, AgencyForm form, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("parents", catalog.agencies());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("types", AgencyType.values());
        model.addAttribute("today", LocalDate.now(Vietnam.ZONE));
        return "catalog/admin/agency";
    }

    private AgencyView agency(UUID id) {
        return catalog.agency(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
