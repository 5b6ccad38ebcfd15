package org.motcua.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's in-app notices, and what was sent about a dossier they may see. */
@Tag(name = "Notifications", description = "In-app notices with their unread count; messages sent about a dossier")
@RestController
@PreAuthorize("isAuthenticated()")
class NoticeController {

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NoticeController(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    record UnreadCount(long unread) {}

    /**
     * @param channels the channels the caller is written to on
     * @param language the language of their messages
     * @param offered the channels they may choose among
     * @param languages the languages they may choose among
     */
    record PreferenceView(
            List<NotificationChannel> channels,
            String language,
            List<NotificationChannel> offered,
            List<String> languages) {

        static PreferenceView of(NotificationPreferences.Preference p, CurrentUser user) {
            List<NotificationChannel> offered = NotificationPreferences.offered(user);
            return new PreferenceView(
                    offered.stream().filter(p::wants).toList(), p.language(), offered, Templates.LANGUAGES);
        }
    }

    record PreferenceInput(List<NotificationChannel> channels, String language) {}

    @Operation(summary = "The caller's choice of channels and language for the messages written to them")
    @GetMapping("/api/v1/me/notification-preferences")
    PreferenceView preferences(CurrentUser user) {
        return PreferenceView.of(preferences.of(user.id()), user);
    }

    @Operation(
            summary = "Choose the channels and the language of the messages written to the caller",
            description = "In force for the next message. A channel not offered to the caller is kept off;"
                    + " an English template missing, the message is in Vietnamese.")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @PutMapping("/api/v1/me/notification-preferences")
    PreferenceView savePreferences(@RequestBody PreferenceInput input, CurrentUser user) {
        return PreferenceView.of(preferences.save(user, input.channels(), input.language()), user);
    }

    @Operation(summary = "The caller's notices, newest first")
    @GetMapping("/api/v1/me/notices")
    List<NotificationView> notices(CurrentUser user) {
        return notifications.notices(user);
    }

    @Operation(summary = "How many of the caller's notices are unread")
    @GetMapping("/api/v1/me/notices/unread-count")
    UnreadCount unread(CurrentUser user) {
        return new UnreadCount(notifications.unread(user));
    }

    @Operation(summary = "Mark one of the caller's notices read")
    @ProblemResponse(status = 404, codes = "notification.not_found")
    @PostMapping("/api/v1/me/notices/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id, CurrentUser user) {
        notifications.markRead(user, id);
    }

    @Operation(summary = "Mark all the caller's notices read")
    @PostMapping("/api/v1/me/notices/read-all")
    UnreadCount readAll(CurrentUser user) {
        notifications.markAllRead(user);
        return new UnreadCount(0);
    }

    @Operation(summary = "Messages sent about a dossier: when, on which channel, and their delivery status")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @GetMapping("/api/v1/dossiers/{code}/notifications")
    List<NotificationView> ofDossier(@PathVariable String code, CurrentUser user) {
        return notifications.ofDossier(code, user);
    }
}
