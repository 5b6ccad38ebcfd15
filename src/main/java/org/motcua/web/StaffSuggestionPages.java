package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.motcua.feedback.StaffSuggestions;
import org.motcua.feedback.SuggestionKind;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Hộp thư góp ý ẩn danh": the form (with a ballot; it posts to the anonymous box, not to this page, so the
 * sending request never meets the officer's session) and the managers' summary.
 */
@Controller
class StaffSuggestionPages {

    private final StaffSuggestions suggestions;
    private final MessageSource messages;

    StaffSuggestionPages(StaffSuggestions suggestions, MessageSource messages) {
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping("/can-bo/gop-y")
    String box(CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
        if (!StaffSuggestions.maySend(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            model.addAttribute("ballot", suggestions.ballot(user));
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
        }
        model.addAttribute("kinds", SuggestionKind.values());
        return "feedback/box";
    }

    @GetMapping("/can-bo/gop-y/tong-hop")
    String report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (!StaffSuggestions.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = LocalDate.now(org.motcua.shared.Vietnam.ZONE);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("report", suggestions.report(user, start, end));
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
        }
        return "feedback/report";
    }
}
