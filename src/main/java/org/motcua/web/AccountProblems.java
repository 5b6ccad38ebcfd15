package org.motcua.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * Puts an account form's rejection on its page: a summary at the top ({@code problemTitle}, {@code
 * problems}: field → message, in the order of the form) and each message by its field ({@code errors}).
 * Field messages are {@code field.<code>} and may use the rejection's arguments (tries left, seconds).
 */
final class AccountProblems {

    private AccountProblems() {}

    static void show(Model model, DomainException rejected, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : rejected.fieldErrors()) {
            byField.putIfAbsent(e.field(), messages.getMessage("field." + e.code(), rejected.args(), e.code(), locale));
        }
        model.addAttribute(
                "problemTitle",
                messages.getMessage(
                        "problem." + rejected.code() + ".detail", rejected.args(), rejected.code(), locale));
        model.addAttribute("errors", byField);
    }
}
