package org.motcua.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CatalogSpreadsheets;
import org.motcua.catalog.CatalogWorkbook;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.FileResponses;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Catalog administration pages: procedures, their workflows and versions, import and agencies. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminPages {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final CatalogSpreadsheets spreadsheets;
    private final MessageSource messages;

    CatalogAdminPages(
            Catalog catalog,
            CatalogAdministration administration,
            CatalogSpreadsheets spreadsheets,
            MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.spreadsheets = spreadsheets;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/thu-tuc")
    String procedures(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", catalog.search(new ProcedureQuery(q, null, null, null, null, page, 50)));
        return "catalog/admin/procedures";
    }

    @GetMapping("/quan-tri/thu-tuc/{id}")
    String procedure(@PathVariable UUID id, Model model) {
        ProcedureView editing = catalog.draft(id)
                .or(() -> catalog.procedure(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("steps")) {
            model.addAttribute("steps", editing.steps());
        }
        model.addAttribute("editing", editing);
        model.addAttribute("versions", catalog.versionHistory(id));
        model.addAttribute("units", catalog.agencies());
        model.addAttribute("roles", StepRole.values());
        model.addAttribute("today", LocalDate.now(org.motcua.shared.Vietnam.ZONE));
        return "catalog/admin/procedure";
    }

    /** The workflow form posts one value per step and column; blank budgets stay blank. */
    @PostMapping("/quan-tri/thu-tuc/{id}/quy-trinh")
    String saveWorkflow(
            @PathVariable UUID id,
            @RequestParam(name = "name", required = false) List<String> names,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(name = "role", required = false) List<String> roles,
            @RequestParam(name = "budget", required = false) List<String> budgets,
            @RequestParam(name = "next", required = false) List<String> next,
            @RequestParam(name = "back", required = false) List<String> back,
            Model model,
            RedirectAttributes redirect) {
        List<WorkflowStepView> steps = new ArrayList<>();
        int count = names == null ? 0 : names.size();
        try {
            for (int i = 0; i < count; i++) {
                steps.add(new WorkflowStepView(
                        i + 1,
                        names.get(i),
                        blank(units.get(i)) ? null : UUID.fromString(units.get(i)),
                        StepRole.valueOf(roles.get(i)),
                        blank(budgets.get(i))
                                ? null
                                : new BigDecimal(budgets.get(i).replace(',', '.')),
                        numbers(next.get(i)),
                        numbers(back.get(i))));
            }
        } catch (IllegalArgumentException malformed) {
            model.addAttribute("problems", List.of(new FieldError("steps", "format", malformed.getMessage())));
            model.addAttribute("steps", steps);
            return procedure(id, model);
        }
        try {
            ProcedureView draft = administration.saveWorkflow(id, steps);
            redirect.addFlashAttribute("notice", message("catalog.admin.saved", draft.version()));
            return "redirect:/quan-tri/thu-tuc/" + id;
        } catch (DomainException rejected) {
            new FormProblems(messages).showOn(model, rejected);
            model.addAttribute("steps", steps);
            return procedure(id, model);
        }
    }

    /** The blank form of one of the draft's documents (a draft is started if there is none). */
    @PostMapping("/quan-tri/thu-tuc/{id}/mau/{order}")
    String uploadTemplate(
            @PathVariable UUID id,
            @PathVariable int order,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            administration.attachTemplate(
                    id, order, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("notice", message("catalog.admin.template.saved", order));
            return "redirect:/quan-tri/thu-tuc/" + id;
        } catch (DomainException rejected) {
            new FormProblems(messages).showOn(model, rejected);
            return procedure(id, model);
        }
    }

    @PostMapping("/quan-tri/thu-tuc/{id}/cong-bo")
    String publish(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            Model model,
            RedirectAttributes redirect) {
        try {
            ProcedureView published = administration.publish(id, effectiveFrom);
            redirect.addFlashAttribute(
                    "notice",
                    message(
                            "catalog.admin.published",
                            published.version(),
                            published
                                    .effectiveFrom()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            return "redirect:/quan-tri/thu-tuc/" + id;
        } catch (DomainException rejected) {
            new FormProblems(messages).showOn(model, rejected);
            return procedure(id, model);
        }
    }

    @GetMapping("/quan-tri/nhap-danh-muc")
    String importForm() {
        return "catalog/admin/import";
    }

    @PostMapping("/quan-tri/nhap-danh-muc")
    String importCatalog(
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model)
            throws IOException {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                streams.put(file.getOriginalFilename(), file.getInputStream());
            }
        }
        if (streams.isEmpty()) {
            return "catalog/admin/import";
        }
        try {
            model.addAttribute("report", spreadsheets.importCatalog(CatalogSpreadsheets.read(streams), dryRun));
        } catch (DomainException rejected) {
            new FormProblems(messages).showOn(model, rejected);
        }
        return "catalog/admin/import";
    }

    @GetMapping("/quan-tri/thu-tuc/xuat")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(FileResponses.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("danh-muc-thu-tuc.xlsx")
                                .build()
                                .toString())
                .body(CatalogWorkbook.write(spreadsheets.export()));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<Integer> numbers(String list) {
        if (blank(list)) {
            return List.of();
        }
        return Arrays.stream(list.split("[;,\\s]+"))
                .filter(s -> !s.isBlank())
                .map(Integer::valueOf)
                .toList();
    }
}
