package org.motcua.web;

import java.util.Locale;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The words of an action a page's facade refused ({@code problem.<code>.title/detail}, in the page's
 * language), as the banner of the page that shows it: {@code errorTitle} and {@code errorDetail}, on the
 * page rendered now or carried to the page a redirect leads to.
 */
final class Rejections {

    private Rejections() {}

    static String title(MessageSource messages, DomainException e, Locale locale) {
        return messages.getMessage("problem." + e.code() + ".title", e.args(), e.code(), locale);
    }

    static String detail(MessageSource messages, DomainException e, Locale locale) {
        return messages.getMessage("problem." + e.code() + ".detail", e.args(), e.code(), locale);
    }

    static void banner(Model model, MessageSource messages, DomainException e, Locale locale) {
        model.addAttribute("errorTitle", title(messages, e, locale));
        model.addAttribute("errorDetail", detail(messages, e, locale));
    }

    /** The banner for the page a redirect leads to (flash attributes, never the address). */
    static void banner(RedirectAttributes redirect, MessageSource messages, DomainException e, Locale locale) {
        redirect.addFlashAttribute("errorTitle", title(messages, e, locale));
        redirect.addFlashAttribute("errorDetail", detail(messages, e, locale));
    }
}
