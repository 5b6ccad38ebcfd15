package org.motcua.web;

import java.util.List;
import java.util.Optional;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Users;
import org.motcua.notification.NotificationChannel;
import org.motcua.notification.NotificationPreferences;
import org.motcua.notification.Templates;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Tài khoản của tôi", for everyone signed in: who they are in the system (name, username, contact, and
 * for officers their roles and agencies), the channels and language they are written to in, and a form to
 * change their own password — an officer's first password is one an administrator generated and read out.
 */
@Controller
class AccountPage {

    private final Users users;
    private final Catalog catalog;
    private final NotificationPreferences preferences;
    private final MessageSource messages;

    AccountPage(Users users, Catalog catalog, NotificationPreferences preferences, MessageSource messages) {
        this.users = users;
        this.catalog = catalog;
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/tai-khoan")
    String show(CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/tai-khoan/mat-khau")
    String changePassword(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String newPasswordConfirmation,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(user, currentPassword, newPassword, newPasswordConfirmation);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/tai-khoan";
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            return page(user, model);
        }
    }

    /** Which channels the person is written to on, and in which language. */
    @PostMapping("/tai-khoan/thong-bao")
    String savePreferences(
            @RequestParam(name = "channel", required = false) List<NotificationChannel> channels,
            @RequestParam(required = false) String language,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            preferences.save(user, channels == null ? List.of() : channels, language);
            redirect.addFlashAttribute("preferencesSaved", true);
            return "redirect:/tai-khoan";
        } catch (DomainException rejected) {
            // only a tampered form gets here (a language not offered): said above the form, not the password's
            model.addAttribute(
                    "preferenceProblem",
                    messages.getMessage(
                            "problem." + rejected.code() + ".detail",
                            rejected.args(),
                            rejected.code(),
                            LocaleContextHolder.getLocale()));
            return page(user, model);
        }
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("contact", users.contact(user.id()));
        model.addAttribute("preference", preferences.of(user.id()));
        model.addAttribute("offeredChannels", NotificationPreferences.offered(user));
        model.addAttribute("languages", Templates.LANGUAGES);
        List<AgencyView> agencies = user.agencyIds().stream()
                .map(catalog::agency)
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("agencies", agencies);
        return "account/profile";
    }
}
