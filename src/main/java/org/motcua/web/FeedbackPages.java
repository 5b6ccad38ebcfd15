package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.feedback.CitizenFeedback;
import org.motcua.feedback.FeedbackCategory;
import org.motcua.feedback.FeedbackForm;
import org.motcua.feedback.FeedbackSubject;
import org.motcua.feedback.FeedbackView;
import org.motcua.identity.CurrentUser;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Phản ánh, kiến nghị": the public form and the published answers (no sign-in), and the officers' list
 * and handling page (assign, answer, publish).
 */
@Controller
class FeedbackPages {

    private final CitizenFeedback feedback;
    private final MessageSource messages;

    FeedbackPages(CitizenFeedback feedback, MessageSource messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    @Bean
    static PublicEndpoints citizenFeedbackPages() {
        return new PublicEndpoints(List.of("/phan-anh/cong-khai"), List.of("/phan-anh"));
    }

    @GetMapping("/phan-anh")
    String form(Model model) {
        fill(
                model,
                new FeedbackForm(
                        FeedbackSubject.PROCEDURE,
                        null,
                        null,
                        FeedbackCategory.OTHER,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false));
        return "feedback/citizen-form";
    }

    @PostMapping("/phan-anh")
    String submit(
            @ModelAttribute FeedbackForm form,
            CurrentUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            FeedbackView sent = feedback.submit(form, user, request.getRemoteAddr());
            model.addAttribute("sent", sent);
            return "feedback/citizen-form";
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
            model.addAttribute("errors", errors(e, locale));
            fill(model, form);
            return "feedback/citizen-form";
        }
    }

    @GetMapping("/phan-anh/cong-khai")
    String published(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("published", feedback.published(q));
        return "feedback/published";
    }

    @GetMapping("/can-bo/phan-anh")
    String worklist(CurrentUser user, Model model) {
        if (user == null || !user.isOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("items", feedback.worklist(user));
        return "feedback/worklist";
    }

    @GetMapping("/can-bo/phan-anh/{id}")
    String item(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("item", feedback.get(id, user));
        return "feedback/item";
    }

    @PostMapping("/can-bo/phan-anh/{id}/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String thirdParties,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "phan-cong" -> feedback.assign(id, parse(assigneeId), user);
                case "tra-loi" -> feedback.answer(id, answer, user);
                case "cong-khai" ->
                    feedback.publish(
                            id,
                            thirdParties == null
                                    ? List.of()
                                    : Arrays.stream(thirdParties.split("\\R"))
                                            .map(String::strip)
                                            .filter(s -> !s.isEmpty())
                                            .toList(),
                            user);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:/can-bo/phan-anh/" + id;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private void fill(Model model, FeedbackForm form) {
        model.addAttribute("form", form);
        model.addAttribute("subjects", FeedbackSubject.values());
        model.addAttribute("categories", FeedbackCategory.values());
    }

    private Map<String, String> errors(DomainException e, Locale locale) {
        return e.fieldErrors().stream()
                .collect(Collectors.toMap(
                        FieldError::field,
                        f -> messages.getMessage("field." + f.code(), null, f.code(), locale),
                        (a, b) -> a));
    }
}
