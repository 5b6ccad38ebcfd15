package org.motcua.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Zalo template message (ZNS) as kept in {@code notification.template}: the template registered and
 * approved at Zalo is named by its id (the template's {@code subject}); its parameters are written one a
 * line in the {@code body}, {@code name = text}, where the text may use the trigger's placeholders:
 *
 * <pre>
 * customer_name = {applicant}
 * dossier_code = {dossierCode}
 * appointment = {appointment}
 * </pre>
 *
 * Rendered, the lines are the {@code template_data} sent to Zalo. The parameter names and their lengths
 * are Zalo's: they must be those of the approved template.
 */
final class ZnsTemplate {

    /** A ZNS template id: digits. */
    static final Pattern ID = Pattern.compile("\\d{1,20}");

    /** A ZNS parameter name, as Zalo's template editor allows them ({@code customer_name}). */
    static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_]{1,50}");

    /** The longest text Zalo takes in one parameter (a paragraph of a ZNS template holds 400 characters). */
    static final int MAX_VALUE = 400;

    private ZnsTemplate() {}

    /** A line that is not {@code name = text}, or a parameter named twice. */
    static final class Malformed extends IllegalArgumentException {
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The parameters in the order written (blank lines skipped), or {@link Malformed}. */
    static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body == null) {
            return parameters;
        }
        String[] lines = body.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !PARAMETER.matcher(name).matches()) {
                throw new Malformed(i + 1, line);
            }
            if (parameters.putIfAbsent(name, line.substring(eq + 1).strip()) != null) {
                throw new Malformed(i + 1, name);
            }
        }
        return parameters;
    }

    /** The parameters with their placeholders filled in: the template data. */
    static Map<String, String> render(String body, Map<String, String> values) {
        Map<String, String> data = new LinkedHashMap<>();
        parameters(body).forEach((name, text) -> data.put(name, TemplateText.render(text, values)));
        return data;
    }

    /** The template data as the body of an outbox message: {@code name = value}, one a line. */
    static String lines(Map<String, String> data) {
        StringBuilder out = new StringBuilder();
        data.forEach((name, value) -> out.append(name)
                .append(" = ")
                .append(value.replace('\n', ' ').replace('\r', ' '))
                .append('\n'));
        return out.toString().stripTrailing();
    }
}
