package org.motcua.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.ProblemResponse;
import org.motcua.shared.PublicEndpoints;
import org.motcua.shared.UnloggedPaths;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The anonymous suggestion box's API. Sending is open (the ballot is the proof of being an officer) and
 * goes through the stateless API chain: no session is read or touched, no bearer token is looked at (so no
 * token's last use is recorded), the request is not logged ({@link UnloggedPaths}) and nothing is audited.
 */
@RestController
@Tag(name = "Staff suggestions", description = "The anonymous suggestion box of the center's staff")
class StaffSuggestionController {

    static final String BOX = "/api/v1/public/staff-suggestions";

    private final StaffSuggestions suggestions;
    private final MessageSource messages;

    StaffSuggestionController(StaffSuggestions suggestions, MessageSource messages) {
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @Bean
    static PublicEndpoints suggestionBox() {
        return new PublicEndpoints(List.of(), List.of(BOX));
    }

    @Bean
    static UnloggedPaths unloggedSuggestionBox() {
        return new UnloggedPaths(List.of(BOX));
    }

    /** A message for the box: the ballot handed out with the form, the kind, the text. */
    record Sent(String ballot, SuggestionKind kind, String body) {}

    record Ballot(String ballot) {}

    @GetMapping("/api/v1/staff-suggestions/ballot")
    @ProblemResponse(status = 403, codes = "feedback.forbidden")
    @ProblemResponse(status = 429, codes = "request.too_many")
    @Operation(summary = "A ballot for one anonymous message today (officers only; nothing about it is kept)")
    Ballot ballot(CurrentUser user) {
        return new Ballot(suggestions.ballot(user));
    }

    @PostMapping(path = BOX, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ProblemResponse(status = 400, codes = "feedback.invalid")
    @ProblemResponse(status = 403, codes = "feedback.ballot_invalid")
    @ProblemResponse(status = 409, codes = "feedback.ballot_spent")
    @ProblemResponse(status = 429, codes = "request.too_many")
    @Operation(
            summary = "Put an anonymous message in the box with a ballot (no sign-in: nothing ties it to its sender)")
    void send(@RequestBody Sent sent) {
        suggestions.send(sent.ballot(), sent.kind(), sent.body());
    }

    /**
     * The form of the officer page (htmx, form-encoded): the answer is a fragment that replaces the form, with
     * 200 also when the message is refused (htmx swaps only a 2xx answer); the JSON door keeps the statuses.
     */
    @PostMapping(
            path = BOX,
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @io.swagger.v3.oas.annotations.Hidden
    String sendForm(
            @RequestParam(required = false) String ballot,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String body,
            Locale locale) {
        try {
            SuggestionKind k = null;
            if (kind != null && !kind.isBlank()) {
                try {
                    k = SuggestionKind.valueOf(kind);
                } catch (IllegalArgumentException unknown) {
                    k = null;
                }
            }
            suggestions.send(ballot, k, body);
            return "<div id=\"sent\" class=\"alert alert-success\" role=\"status\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("feedback.box.sent", null, locale)) + "</div>";
        } catch (DomainException e) {
            return "<div id=\"refused\" class=\"alert alert-danger\" role=\"alert\"><strong>"
                    + HtmlUtils.htmlEscape(
                            messages.getMessage("problem." + e.code() + ".title", e.args(), e.code(), locale))
                    + "</strong> "
                    + HtmlUtils.htmlEscape(messages.getMessage("problem." + e.code() + ".detail", e.args(), "", locale))
                    + "</div>";
        }
    }

    @GetMapping("/api/v1/staff-suggestions/report")
    @ProblemResponse(status = 400, codes = "feedback.period_invalid")
    @ProblemResponse(status = 403, codes = "feedback.forbidden")
    @Operation(summary = "The box's messages per month and kind; a group of fewer than 5 shows no count and no text")
    StaffSuggestions.Report report(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user) {
        return suggestions.report(user, from, to);
    }
}
