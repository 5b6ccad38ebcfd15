package org.motcua.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.nationalportal.FakePortal;
import org.motcua.nationalportal.NationalPortal;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national portal's pages: a dossier's sync state on the officers' dossier page (loaded into it),
 * the administrators' page (updates not taken with a retry button, reconciliation differences, the
 * procedure code mapping), and in demo mode the fake portal's own page.
 */
@Controller
class NationalPortalPages {

    private static final String ADMIN_PAGE = "/quan-tri/cong-dvc-quoc-gia";
    private static final String DEMO_PAGE = "/demo/cong-dvc-quoc-gia";

    private final NationalPortal portal;
    private final FakePortal fake;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final MessageSource messages;

    NationalPortalPages(
            NationalPortal portal, FakePortal fake, Dossiers dossiers, Catalog catalog, MessageSource messages) {
        this.portal = portal;
        this.fake = fake;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The block the officers' dossier page loads: where the dossier stands with the portal. */
    @GetMapping("/can-bo/ho-so/{code}/cong-dvc")
    @PreAuthorize("isAuthenticated()")
    String syncState(@PathVariable String code, CurrentUser user, Model model) {
        DossierView dossier = dossiers.get(code, user);
        model.addAttribute("sync", portal.state(dossier.id()));
        return "nationalportal/sync :: state";
    }

    @GetMapping(ADMIN_PAGE)
    @PreAuthorize("hasRole('ADMIN')")
    String admin(Model model) {
        model.addAttribute("configured", portal.configured());
        model.addAttribute("problems", portal.problems());
        model.addAttribute("differences", portal.differences());
        model.addAttribute("mappings", portal.mappings());
        model.addAttribute(
                "centerNames",
                catalog.agencies().stream()
                        .collect(java.util.stream.Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a)));
        model.addAttribute("demo", fake.present());
        return "nationalportal/admin";
    }

    @PostMapping(ADMIN_PAGE + "/cap-nhat/{id}/gui-lai")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        portal.retry(id);
        redirect.addFlashAttribute("notice", messages.getMessage("portal.retried", null, locale));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/gui-ngay")
    @PreAuthorize("hasRole('ADMIN')")
    String pushNow(Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice", messages.getMessage("portal.pushed", new Object[] {portal.pushNow()}, locale));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/doi-soat")
    @PreAuthorize("hasRole('ADMIN')")
    String reconcile(Locale locale, RedirectAttributes redirect) {
        try {
            portal.reconcileNow();
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("problem." + e.code() + ".title", null, locale));
        }
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/nhan-ho-so")
    @PreAuthorize("hasRole('ADMIN')")
    String fetch(Locale locale, RedirectAttributes redirect) {
        try {
            int[] counts = portal.fetchNow();
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("portal.fetched", new Object[] {counts[0], counts[1], counts[2]}, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("problem." + e.code() + ".title", null, locale));
        }
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/anh-xa")
    @PreAuthorize("hasRole('ADMIN')")
    String map(
            @RequestParam(required = false) String nationalCode,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(required = false) String centerCode,
            Locale locale,
            RedirectAttributes redirect) {
        String center = Text.line(centerCode);
        UUID centerId = center == null
                ? null
                : catalog.agencyByCode(center).map(AgencyView::id).orElse(null);
        try {
            if (center != null && centerId == null) {
                throw DomainException.invalid(
                        "validation.failed",
                        List.of(new org.motcua.shared.FieldError("centerCode", "UnknownAgency", null)));
            }
            portal.map(nationalCode, procedureCode, centerId);
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e.fieldErrors() == null || e.fieldErrors().isEmpty()
                            ? messages.getMessage("problem." + e.code() + ".title", null, locale)
                            : e.fieldErrors().stream()
                                    .map(f -> f.field() + ": "
                                            + messages.getMessage("field." + f.code(), null, f.code(), locale))
                                    .reduce((a, b) -> a + "; " + b)
                                    .orElse(""));
        }
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/anh-xa/{nationalCode}/xoa")
    @PreAuthorize("hasRole('ADMIN')")
    String unmap(@PathVariable String nationalCode) {
        portal.unmap(nationalCode);
        return "redirect:" + ADMIN_PAGE;
    }

    /** Demo mode: the fake portal, as a citizen or the portal's operator would see it. */
    @GetMapping(DEMO_PAGE)
    String demo(Model model) {
        if (!fake.present()) {
            throw DomainException.notFound("nationalportal.demo_only");
        }
        model.addAttribute("dossiers", fake.dossiers(30));
        model.addAttribute("offers", fake.offers());
        return "nationalportal/demo-portal";
    }

    @PostMapping(DEMO_PAGE + "/nop-them")
    String offerAnother() {
        if (fake.offerAnother().isEmpty()) {
            throw DomainException.notFound("nationalportal.demo_only");
        }
        return "redirect:" + DEMO_PAGE;
    }
}
