package org.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.notification.MessageStatus;
import org.motcua.notification.NotificationChannel;
import org.motcua.notification.Notifications;
import org.motcua.notification.Template;
import org.motcua.notification.Templates;
import org.motcua.notification.Trigger;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Thông báo": a person's in-app notices (citizen portal and officer workspace alike), and for
 * administrators the outgoing messages — providers, failed messages with a resend button, the demo
 * servers' mailboxes — and the template editor with its preview.
 */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final Templates templates;
    private final MessageSource messages;

    NotificationPages(Notifications notifications, Templates templates, MessageSource messages) {
        this.notifications = notifications;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/thong-bao")
    @PreAuthorize("isAuthenticated()")
    String notices(CurrentUser user, Model model) {
        model.addAttribute("notices", notifications.notices(user));
        return "notification/notices";
    }

    @PostMapping("/thong-bao/{id}/da-doc")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable UUID id, CurrentUser user) {
        notifications.markRead(user, id);
        return "redirect:/thong-bao";
    }

    @PostMapping("/thong-bao/da-doc-tat-ca")
    @PreAuthorize("isAuthenticated()")
    String readAll(CurrentUser user) {
        notifications.markAllRead(user);
        return "redirect:/thong-bao";
    }

    @GetMapping("/quan-tri/thong-bao")
    @PreAuthorize("hasRole('ADMIN')")
    String outgoing(Model model) {
        model.addAttribute("providers", notifications.providers());
        model.addAttribute("channels", NotificationChannel.values());
        model.addAttribute("failed", notifications.withStatus(MessageStatus.FAILED));
        model.addAttribute("demo", notifications.demoServers());
        model.addAttribute("demoMails", notifications.demoMails());
        model.addAttribute("demoSms", notifications.demoSms());
        return "notification/outgoing";
    }

    @PostMapping("/quan-tri/thong-bao/{id}/gui-lai")
    @PreAuthorize("hasRole('ADMIN')")
    String resend(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.resend(id);
        redirect.addFlashAttribute("notice", text("notifications.admin.resent"));
        return "redirect:/quan-tri/thong-bao";
    }

    /**
     * One row of the template list: a trigger and channel, with its Vietnamese and English templates if there
     * are any.
     */
    record TemplateRow(Trigger trigger, NotificationChannel channel, Template template, Template english) {}

    @GetMapping("/quan-tri/thong-bao/mau")
    @PreAuthorize("hasRole('ADMIN')")
    String templates(Model model) {
        Map<String, Template> current = new LinkedHashMap<>();
        templates.all().forEach(t -> current.put(t.trigger() + "/" + t.channel() + "/" + t.language(), t));
        List<TemplateRow> rows = new ArrayList<>();
        for (Trigger trigger : Trigger.values()) {
            if (!trigger.templated()) {
                continue;
            }
            for (NotificationChannel channel : Templates.editableChannels()) {
                if (trigger.audience().staff()
                        && channel != NotificationChannel.EMAIL
                        && channel != NotificationChannel.IN_APP) {
                    continue; // officers and managers hear in the workspace and by e-mail only
                }
                if (trigger == Trigger.VERIFICATION_CODE
                        && (channel == NotificationChannel.IN_APP || channel == NotificationChannel.ZALO)) {
                    continue; // a code goes where it was asked for: an e-mail address or a phone
                }
                String key = trigger + "/" + channel + "/";
                rows.add(new TemplateRow(trigger, channel, current.get(key + "vi"), current.get(key + "en")));
            }
        }
        model.addAttribute("rows", rows);
        return "notification/templates";
    }

    @GetMapping("/quan-tri/thong-bao/mau/{trigger}/{channel}/{language}")
    @PreAuthorize("hasRole('ADMIN')")
    String template(
            @PathVariable Trigger trigger,
            @PathVariable NotificationChannel channel,
            @PathVariable String language,
            Model model) {
        Template current = templates.current(trigger, channel, language).orElse(null);
        return editor(
                trigger,
                channel,
                language,
                current == null ? "" : current.subject(),
                current == null ? "" : current.body(),
                model);
    }

    @PostMapping("/quan-tri/thong-bao/mau/{trigger}/{channel}/{language}")
    @PreAuthorize("hasRole('ADMIN')")
    String saveTemplate(
            @PathVariable Trigger trigger,
            @PathVariable NotificationChannel channel,
            @PathVariable String language,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "preview") String action,
            CurrentUser user,
            Model model) {
        if ("save".equals(action)) {
            try {
                Template saved = templates.save(trigger, channel, language, subject, body, user.username());
                model.addAttribute("notice", text("template.saved", saved.version()));
            } catch (DomainException e) {
                model.addAttribute("problem", problem(e));
            }
        }
        return editor(trigger, channel, language, subject, body, model);
    }

    private String editor(
            Trigger trigger, NotificationChannel channel, String language, String subject, String body, Model model) {
        model.addAttribute("trigger", trigger);
        model.addAttribute("channel", channel);
        model.addAttribute("language", language);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("placeholders", trigger.placeholders());
        model.addAttribute("titled", channel != NotificationChannel.SMS);
        model.addAttribute("zalo", channel == NotificationChannel.ZALO);
        model.addAttribute("versions", templates.versions(trigger, channel, language));
        if (body != null && !body.isBlank() && !model.containsAttribute("problem")) {
            try {
                model.addAttribute("preview", templates.preview(trigger, channel, subject, body));
            } catch (DomainException e) {
                model.addAttribute("problem", problem(e));
            }
        }
        return "notification/template";
    }

    private String problem(DomainException e) {
        return messages.getMessage(
                "problem." + e.code() + ".detail", e.args(), e.code(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
