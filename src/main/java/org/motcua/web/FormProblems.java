package org.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What an administrator typed into a catalog form, read leniently: a value that does not parse becomes a
 * field error (shown next to its field with the others) instead of a failed request, so nothing typed is
 * lost. Also puts a rejection on the page: a summary at the top and each message by its field.
 */
final class FormProblems {

    private final MessageSource messages;
    private final List<FieldError> errors = new ArrayList<>();

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException malformed) {
            errors.add(new FieldError(field, "Invalid", message("field.Invalid")));
            return null;
        }
    }

    UUID uuid(String field, String value) {
        return parse(field, value, UUID::fromString);
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return parse(field, value, v -> Enum.valueOf(type, v));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The values that did not parse, as the domain reports its own field errors. */
    void showOn(Model model) {
        show(model, message("catalog.admin.errors"), errors);
    }

    void showOn(Model model, DomainException rejected) {
        show(model, message("problem." + rejected.code() + ".detail", rejected.args()), rejected.fieldErrors());
    }

    private static void show(Model model, String title, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("problemTitle", title);
        model.addAttribute("problems", errors);
        model.addAttribute("errors", byField);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
