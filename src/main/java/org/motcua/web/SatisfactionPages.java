package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.CurrentUser;
import org.motcua.satisfaction.Grade;
import org.motcua.satisfaction.RateableDossier;
import org.motcua.satisfaction.RatingForm;
import org.motcua.satisfaction.RatingLinks;
import org.motcua.satisfaction.Ratings;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Đánh giá mức độ hài lòng": the rating form, reached three ways — the signed link of the "result
 * returned" message (no sign-in), the tablet at a counter (bound by the counter's key, no sign-in; it
 * shows the dossier an officer of the counter has just returned), and the applicant's dossier page.
 */
@Controller
class SatisfactionPages {

    private final Ratings ratings;
    private final RatingLinks links;
    private final Catalog catalog;
    private final MessageSource messages;

    SatisfactionPages(Ratings ratings, RatingLinks links, Catalog catalog, MessageSource messages) {
        this.ratings = ratings;
        this.links = links;
        this.catalog = catalog;
        this.messages = messages;
    }

    @Bean
    static PublicEndpoints ratingPages() {
        return new PublicEndpoints(List.of(), List.of("/danh-gia/**"));
    }

    /** The form as posted (criteria may be left blank). */
    record Posted(
            UUID dossierId,
            Grade grade,
            String reason,
            Grade attitude,
            Grade timeliness,
            Grade guidance,
            Grade procedure) {
        RatingForm form() {
            return new RatingForm(grade, reason, attitude, timeliness, guidance, procedure);
        }
    }

    // --- the message's link

    @GetMapping("/danh-gia/{token}")
    String link(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        return show(() -> ratings.byLink(token), "/danh-gia/" + token, model, locale, response);
    }

    @PostMapping("/danh-gia/{token}")
    String rateByLink(
            @PathVariable String token,
            @ModelAttribute Posted posted,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return post(
                () -> ratings.rateByLink(token, posted.form()),
                () -> ratings.byLink(token),
                "/danh-gia/" + token,
                posted,
                model,
                locale,
                response,
                redirect);
    }

    // --- the counter tablet

    @GetMapping("/danh-gia/quay/{counterId}")
    String tablet(
            @PathVariable UUID counterId,
            @RequestParam(name = "k", required = false) String key,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Ratings.CounterTablet tablet = ratings.atCounter(counterId, key);
        model.addAttribute("tablet", tablet);
        String action = "/danh-gia/quay/" + counterId + "?k=" + key;
        model.addAttribute("reload", action);
        if (tablet.current() == null) {
            return "satisfaction/counter";
        }
        fill(
                model,
                tablet.current(),
                tablet.current().rating() == null
                        ? null
                        : tablet.current().rating().form(),
                action);
        return "satisfaction/counter";
    }

    @PostMapping("/danh-gia/quay/{counterId}")
    String rateAtCounter(
            @PathVariable UUID counterId,
            @RequestParam(name = "k", required = false) String key,
            @ModelAttribute Posted posted,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String action = "/danh-gia/quay/" + counterId + "?k=" + key;
        model.addAttribute("reload", action);
        try {
            ratings.rateAtCounter(counterId, key, posted.dossierId(), posted.form());
            redirect.addFlashAttribute("rated", true);
            return "redirect:" + action;
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Ratings.CounterTablet tablet = ratings.atCounter(counterId, key);
            model.addAttribute("tablet", tablet);
            refused(model, e, locale, response);
            if (tablet.current() != null) {
                fill(model, tablet.current(), posted.form(), action);
            }
            return "satisfaction/counter";
        }
    }

    // --- the applicant's portal

    @GetMapping("/ho-so-cua-toi/{code}/danh-gia")
    String portal(
            @PathVariable String code, CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
        return show(
                () -> ratings.ofApplicant(code, user), "/ho-so-cua-toi/" + code + "/danh-gia", model, locale, response);
    }

    @PostMapping("/ho-so-cua-toi/{code}/danh-gia")
    String rateAsApplicant(
            @PathVariable String code,
            @ModelAttribute Posted posted,
            CurrentUser user,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return post(
                () -> ratings.rateAsApplicant(code, user, posted.form()),
                () -> ratings.ofApplicant(code, user),
                "/ho-so-cua-toi/" + code + "/danh-gia",
                posted,
                model,
                locale,
                response,
                redirect);
    }

    // --- where an officer finds the tablet address of their counter

    @GetMapping("/can-bo/danh-gia/may-tinh-bang")
    String tabletAddress(CurrentUser user, Model model) {
        Desk.require(user);
        CounterView counter = catalog.counterOf(user.id()).orElse(null);
        model.addAttribute("counter", counter);
        if (counter != null) {
            model.addAttribute("tabletPath", "/danh-gia/quay/" + counter.id() + "?k=" + links.counterKey(counter.id()));
        }
        return "satisfaction/tablet-address";
    }

    // --- shared

    private String show(
            Supplier<RateableDossier> find, String action, Model model, Locale locale, HttpServletResponse response) {
        try {
            RateableDossier d = find.get();
            fill(model, d, d.rating() == null ? null : d.rating().form(), action);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND && action.startsWith("/ho-so-cua-toi")) {
                throw e;
            }
            refused(model, e, locale, response);
        }
        return "satisfaction/rate";
    }

    private String post(
            Runnable rate,
            Supplier<RateableDossier> find,
            String action,
            Posted posted,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            rate.run();
            redirect.addFlashAttribute("rated", true);
            return "redirect:" + action;
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND && action.startsWith("/ho-so-cua-toi")) {
                throw e;
            }
            refused(model, e, locale, response);
            if (e.status() == HttpStatus.BAD_REQUEST || e.status() == HttpStatus.CONFLICT) {
                fill(model, find.get(), posted.form(), action);
            }
            return "satisfaction/rate";
        }
    }

    private void fill(Model model, RateableDossier dossier, RatingForm form, String action) {
        model.addAttribute("dossier", dossier);
        model.addAttribute(
                "procedureName",
                dossier.procedureId() == null
                        ? dossier.procedureCode()
                        : catalog.procedure(dossier.procedureId())
                                .map(ProcedureView::name)
                                .orElse(dossier.procedureCode()));
        model.addAttribute("form", form == null ? new RatingForm(null, null, null, null, null, null) : form);
        model.addAttribute("action", action);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("criteria", List.of("attitude", "timeliness", "guidance", "procedure"));
    }

    private void refused(Model model, DomainException e, Locale locale, HttpServletResponse response) {
        response.setStatus(e.status().value());
        Rejections.banner(model, messages, e, locale);
        Map<String, String> errors = e.fieldErrors().stream()
                .collect(Collectors.toMap(
                        FieldError::field,
                        f -> messages.getMessage("field." + f.code(), null, f.code(), locale),
                        (a, b) -> a));
        model.addAttribute("errors", errors);
    }
}
