package org.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.ApplicantType;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureDraft;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTimeUnit;
import org.motcua.catalog.ResultKind;
import org.motcua.catalog.WorkflowStepView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a procedure and editing its draft's attributes (everything but the workflow). Rows of
 * documents and fees are added and removed by posting the form with a {@code row} action, which only
 * re-renders it (htmx swaps just the list; without JavaScript the whole page comes back), so nothing
 * typed is lost.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProcedureAdminForms {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final MessageSource messages;

    ProcedureAdminForms(Catalog catalog, CatalogAdministration administration, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/thu-tuc/moi")
    String newProcedure(Model model) {
        return form(null, ProcedureForm.blank(), model);
    }

    /** A new procedure starts with the default workflow spread over its time limit, ready to adjust. */
    @PostMapping("/quan-tri/thu-tuc/moi")
    String create(
            @ModelAttribute("form") ProcedureForm form,
            @RequestParam(required = false) String row,
            Model model,
            RedirectAttributes redirect) {
        if (row != null) {
            return form(null, withRows(form, row), model);
        }
        FormProblems problems = new FormProblems(messages);
        ProcedureDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            problems.showOn(model);
            return form(null, form, model);
        }
        List<WorkflowStepView> steps = draft.competentAgencyId() == null || draft.processingTime() == null
                ? List.of()
                : catalog.defaultWorkflow(
                        draft.competentAgencyId(),
                        draft.receivingCenterIds().stream().sorted().findFirst().orElse(null),
                        draft.processingTime());
        try {
            ProcedureView created = administration.createProcedure(form.code(), draft.withSteps(steps));
            redirect.addFlashAttribute("notice", message("catalog.admin.saved", created.version()));
            return "redirect:/quan-tri/thu-tuc/" + created.id();
        } catch (DomainException rejected) {
            problems.showOn(model, rejected);
            return form(null, form, model);
        }
    }

    @GetMapping("/quan-tri/thu-tuc/{id}/thong-tin")
    String edit(@PathVariable UUID id, Model model) {
        ProcedureView editing = editing(id);
        return form(editing, ProcedureForm.of(editing), model);
    }

    @PostMapping("/quan-tri/thu-tuc/{id}/thong-tin")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") ProcedureForm form,
            @RequestParam(required = false) String row,
            Model model,
            RedirectAttributes redirect) {
        ProcedureView editing = editing(id);
        if (row != null) {
            return form(editing, withRows(form, row), model);
        }
        FormProblems problems = new FormProblems(messages);
        ProcedureDraft draft = form.draft(problems);
        if (!problems.isEmpty()) {
            problems.showOn(model);
            return form(editing, form, model);
        }
        try {
            ProcedureView saved = administration.saveAttributes(id, draft);
            redirect.addFlashAttribute("notice", message("catalog.admin.saved", saved.version()));
            return "redirect:/quan-tri/thu-tuc/" + id;
        } catch (DomainException rejected) {
            problems.showOn(model, rejected);
            return form(editing, form, model);
        }
    }

    /** "addDocument", "removeDocument:2", "addFee", "removeFee:0". */
    private static ProcedureForm withRows(ProcedureForm form, String row) {
        List<ProcedureForm.DocumentLine> documents = new ArrayList<>(form.documents());
        List<ProcedureForm.FeeLine> fees = new ArrayList<>(form.fees());
        String[] action = row.split(":");
        int index = action.length > 1 ? Integer.parseInt(action[1]) : -1;
        switch (action[0]) {
            case "addDocument" -> documents.add(ProcedureForm.DocumentLine.empty());
            case "removeDocument" -> documents.remove(index);
            case "addFee" -> fees.add(ProcedureForm.FeeLine.empty());
            case "removeFee" -> fees.remove(index);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return form.withRows(documents, fees);
    }

    private String form(ProcedureView editing, ProcedureForm form, Model model) {
        List<AgencyView> agencies = catalog.agencies();
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("agencies", agencies);
        model.addAttribute(
                "centers", agencies.stream().filter(AgencyView::isServiceCenter).toList());
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("units", ProcessingTimeUnit.values());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("resultKinds", ResultKind.values());
        model.addAttribute("documentForms", DocumentForm.values());
        model.addAttribute("feeKinds", FeeKind.values());
        return "catalog/admin/procedure-form";
    }

    private ProcedureView editing(UUID id) {
        return catalog.draft(id)
                .or(() -> catalog.procedure(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
