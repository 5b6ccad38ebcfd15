package org.motcua.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.ProblemResponse;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Citizen feedback", description = "Phản ánh, kiến nghị: routed, answered within working days, published")
class CitizenFeedbackController {

    private final CitizenFeedback feedback;

    CitizenFeedbackController(CitizenFeedback feedback) {
        this.feedback = feedback;
    }

    @Bean
    static PublicEndpoints feedbackEndpoints() {
        return new PublicEndpoints(List.of(), List.of("/api/v1/public/feedback"));
    }

    record Assignment(UUID assigneeId) {}

    record Answer(String answer) {}

    record Publication(List<String> thirdParties) {}

    /** What the sender learns back: the reference to quote and the due time of the answer. */
    record Receipt(String reference, java.time.LocalDateTime dueAt) {}

    @PostMapping("/api/v1/public/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 400, codes = "feedback.invalid_feedback")
    @ProblemResponse(status = 429, codes = "request.too_many")
    @Operation(summary = "Send feedback or a petition about a procedure, an officer or a dossier (no sign-in needed)")
    Receipt submit(@RequestBody FeedbackForm form, CurrentUser user, HttpServletRequest request) {
        FeedbackView f = feedback.submit(form, user, request.getRemoteAddr());
        return new Receipt(f.reference(), f.dueAt());
    }

    @GetMapping("/api/v1/public/feedback")
    @Operation(summary = "The published questions and answers, personal data removed; q searches without diacritics")
    List<PublishedFeedback> published(@RequestParam(required = false) String q) {
        return feedback.published(q);
    }

    @GetMapping("/api/v1/feedback")
    @ProblemResponse(status = 403, codes = "feedback.forbidden")
    @Operation(summary = "The feedback of the officer's agencies, open first by due time")
    List<FeedbackView> worklist(CurrentUser user) {
        return feedback.worklist(user);
    }

    @GetMapping("/api/v1/feedback/figures")
    @ProblemResponse(status = 400, codes = "feedback.period_invalid")
    @ProblemResponse(status = 403, codes = "feedback.forbidden")
    @Operation(summary = "Per agency: feedback received in the period, answered, answered on time, open past due")
    List<CitizenFeedback.AgencyFigures> figures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user) {
        return feedback.figures(from, to, user);
    }

    @GetMapping("/api/v1/feedback/{id}")
    @ProblemResponse(status = 404, codes = "feedback.not_found")
    @Operation(summary = "One feedback of the officer's agencies")
    FeedbackView get(@PathVariable UUID id, CurrentUser user) {
        return feedback.get(id, user);
    }

    @PostMapping("/api/v1/feedback/{id}/assign")
    @ProblemResponse(status = 400, codes = "feedback.invalid_feedback")
    @ProblemResponse(status = 404, codes = "feedback.not_found")
    @ProblemResponse(status = 409, codes = "feedback.already_answered")
    @Operation(summary = "Give the feedback to an officer of its agency")
    FeedbackView assign(@PathVariable UUID id, @RequestBody Assignment body, CurrentUser user) {
        return feedback.assign(id, body.assigneeId(), user);
    }

    @PostMapping("/api/v1/feedback/{id}/answer")
    @ProblemResponse(status = 400, codes = "feedback.invalid_feedback")
    @ProblemResponse(status = 404, codes = "feedback.not_found")
    @ProblemResponse(status = 409, codes = "feedback.already_answered")
    @Operation(summary = "Answer the feedback")
    FeedbackView answer(@PathVariable UUID id, @RequestBody Answer body, CurrentUser user) {
        return feedback.answer(id, body.answer(), user);
    }

    @PostMapping("/api/v1/feedback/{id}/publish")
    @ProblemResponse(status = 404, codes = "feedback.not_found")
    @ProblemResponse(status = 409, codes = "feedback.not_answered")
    @ProblemResponse(status = 422, codes = "feedback.no_consent")
    @Operation(
            summary =
                    "Publish the question and answer (sender's consent needed); personal data and the third parties named are masked")
    FeedbackView publish(@PathVariable UUID id, @RequestBody(required = false) Publication body, CurrentUser user) {
        return feedback.publish(
                id, body == null || body.thirdParties() == null ? List.of() : body.thirdParties(), user);
    }
}
