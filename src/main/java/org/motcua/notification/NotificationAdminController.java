package org.motcua.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notification administration: templates (edit, preview, versions), failed messages, test messages. */
@Tag(name = "Notification administration", description = "Message templates, the outbox and test messages (ADMIN)")
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
class NotificationAdminController {

    private final Templates templates;
    private final Notifications notifications;

    NotificationAdminController(Templates templates, Notifications notifications) {
        this.templates = templates;
        this.notifications = notifications;
    }

    record TemplateInput(String subject, String body) {}

    record TestMessage(NotificationChannel channel, String to, String text) {}

    @Operation(summary = "The template in force for every trigger, channel and language")
    @GetMapping("/notification-templates")
    List<Template> templates() {
        return templates.all();
    }

    @Operation(summary = "Every version of one template, newest first")
    @GetMapping("/notification-templates/{trigger}/{channel}/{language}")
    List<Template> versions(
            @PathVariable Trigger trigger, @PathVariable NotificationChannel channel, @PathVariable String language) {
        return templates.versions(trigger, channel, language);
    }

    @Operation(summary = "Save a new version of a template, in force for the next message")
    @ProblemResponse(
            status = 400,
            codes = {
                "validation.failed",
                "notification.unknown_placeholder",
                "notification.sms_too_long",
                "notification.zns_malformed",
                "notification.zns_too_long"
            })
    @PutMapping("/notification-templates/{trigger}/{channel}/{language}")
    Template save(
            @PathVariable Trigger trigger,
            @PathVariable NotificationChannel channel,
            @PathVariable String language,
            @RequestBody TemplateInput text,
            CurrentUser user) {
        return templates.save(trigger, channel, language, text.subject(), text.body(), user.username());
    }

    @Operation(summary = "A template's text filled in with sample values, with its SMS length and segments")
    @ProblemResponse(
            status = 400,
            codes = {
                "validation.failed",
                "notification.unknown_placeholder",
                "notification.sms_too_long",
                "notification.zns_malformed",
                "notification.zns_too_long"
            })
    @PostMapping("/notification-templates/{trigger}/{channel}/preview")
    Templates.Preview preview(
            @PathVariable Trigger trigger, @PathVariable NotificationChannel channel, @RequestBody TemplateInput text) {
        return templates.preview(trigger, channel, text.subject(), text.body());
    }

    @Operation(summary = "Messages by status (FAILED by default), newest first")
    @GetMapping("/notifications")
    List<NotificationView> messages(@RequestParam(defaultValue = "FAILED") MessageStatus status) {
        return notifications.withStatus(status);
    }

    @Operation(summary = "Send a failed message again")
    @ProblemResponse(status = 404, codes = "notification.not_found")
    @ProblemResponse(status = 409, codes = "notification.not_failed")
    @PostMapping("/notifications/{id}/resend")
    NotificationView resend(@PathVariable UUID id) {
        return notifications.resend(id);
    }

    @Operation(summary = "Queue a test message to a phone or e-mail address, sent at once")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 409, codes = "notification.channel_unavailable")
    @PostMapping("/notifications/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NotificationView test(@RequestBody TestMessage message) {
        return notifications.test(message.channel(), message.to(), message.text());
    }

    @Operation(summary = "The provider configured for each channel")
    @GetMapping("/notifications/providers")
    Map<NotificationChannel, String> providers() {
        return notifications.providers();
    }
}
