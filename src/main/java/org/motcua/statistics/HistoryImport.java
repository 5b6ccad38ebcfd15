package org.motcua.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.motcua.statistics.internal.HistoryImporter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the dossier history of the system a province leaves (JSON Lines, one dossier a line) into the
 * statistics, so that its past and its year-to-date figures carry over. Every line is checked before
 * anything is written; the lines that pass are written in batches, the others reported with the line
 * number, the field and the reason. Importing the same file twice adds nothing (a code is imported once).
 */
@Service
public class HistoryImport {

    /** Lines written per transaction: a failed batch is reported whole and leaves nothing behind. */
    static final int BATCH = 2_000;

    static final Set<String> STATUSES = Set.of("IN_PROGRESS", "RESOLVED", "RETURNED", "REFUSED", "WITHDRAWN");

    private final Catalog catalog;
    private final HistoryImporter importer;
    private final JsonMapper json;
    private final MessageSource messages;

    HistoryImport(Catalog catalog, HistoryImporter importer, JsonMapper json, MessageSource messages) {
        this.catalog = catalog;
        this.importer = importer;
        this.json = json;
        this.messages = messages;
    }

    /** A line that could not be imported: where, which dossier and field, why (a stable key and words). */
    public record LineError(int line, String code, String field, String error, String message) {}

    /** What an import did (or, dry, would do). */
    public record Report(
            boolean dryRun,
            int lines,
            int imported,
            int alreadyKnown,
            List<String> importedCodes,
            List<LineError> errors) {}

    public Report run(InputStream body, boolean dryRun, Locale locale) {
        List<LineError> errors = new ArrayList<>();
        List<HistoryImporter.Dossier> valid = new ArrayList<>();
        Map<Integer, HistoryImporter.Dossier> byLine = new HashMap<>();
        Set<String> codes = new HashSet<>();
        Lookups lookups = new Lookups();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String text;
            while ((text = in.readLine()) != null) {
                lines++;
                if (text.isBlank()) {
                    continue;
                }
                Checked checked = check(lines, text, lookups, locale);
                if (!checked.errors().isEmpty()) {
                    errors.addAll(checked.errors());
                } else if (!codes.add(checked.dossier().code())) {
                    errors.add(error(lines, checked.dossier().code(), "code", "duplicate_code", locale));
                } else {
                    valid.add(checked.dossier());
                    byLine.put(lines, checked.dossier());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> imported = new ArrayList<>();
        int known;
        if (dryRun) {
            known = importer.known(
                            valid.stream().map(HistoryImporter.Dossier::code).toList())
                    .size();
        } else {
            for (int from = 0; from < valid.size(); from += BATCH) {
                imported.addAll(importer.write(valid.subList(from, Math.min(valid.size(), from + BATCH))));
            }
            known = valid.size() - imported.size();
        }
        return new Report(
                dryRun,
                lines,
                dryRun ? valid.size() - known : imported.size(),
                known,
                imported.size() <= 1_000 ? imported : imported.subList(0, 1_000),
                errors);
    }

    private record Checked(HistoryImporter.Dossier dossier, List<LineError> errors) {}

    /** Catalog look-ups, cached for the file (thousands of lines name the same few codes). */
    private final class Lookups {
        final Map<String, Optional<ProcedureView>> procedures = new HashMap<>();
        final Map<String, Optional<AgencyView>> agencies = new HashMap<>();

        /** By the local code, or by the national database's code at the competent agency. */
        Optional<ProcedureView> procedure(String code, AgencyView agency) {
            return procedures.computeIfAbsent(
                    code + "|" + (agency == null ? "" : agency.id()),
                    k -> catalog.procedureByCode(code)
                            .or(() -> catalog.procedureByNationalCode(code, agency == null ? null : agency.id())));
        }

        Optional<AgencyView> agency(String code) {
            return agencies.computeIfAbsent(code, catalog::agencyByCode);
        }
    }

    private Checked check(int line, String text, Lookups lookups, Locale locale) {
        List<LineError> errors = new ArrayList<>();
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return new Checked(null, List.of(error(line, null, null, "not_json", locale)));
        }
        if (node == null || !node.isObject()) {
            return new Checked(null, List.of(error(line, null, null, "not_json", locale)));
        }
        String code = string(node, "code");
        if (code == null || code.isEmpty() || code.length() > 64) {
            errors.add(error(line, code, "code", "code_required", locale));
        }
        AgencyView agency = agency(node, "agencyCode", line, code, lookups, errors, locale);
        ProcedureView procedure = null;
        String procedureCode = string(node, "procedureCode");
        if (procedureCode == null) {
            errors.add(error(line, code, "procedureCode", "required", locale));
        } else {
            procedure = lookups.procedure(procedureCode, agency).orElse(null);
            if (procedure == null) {
                errors.add(error(line, code, "procedureCode", "unknown_procedure", locale));
            }
        }
        AgencyView center = agency(node, "centerCode", line, code, lookups, errors, locale);
        Channel channel = choice(node, "channel", Channel.class, line, code, errors, locale);
        DeliveryMethod delivery = null;
        String deliveryText = string(node, "deliveryMethod");
        if (deliveryText != null) {
            // The history names the electronic return ONLINE.
            delivery = switch (deliveryText.toUpperCase(Locale.ROOT)) {
                case "COUNTER" -> DeliveryMethod.COUNTER;
                case "POSTAL" -> DeliveryMethod.POSTAL;
                case "ONLINE", "ELECTRONIC" -> DeliveryMethod.ELECTRONIC;
                default -> {
                    errors.add(error(line, code, "deliveryMethod", "invalid_value", locale));
                    yield null;
                }
            };
        }
        String status = string(node, "status");
        if (status == null || !STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
            errors.add(error(line, code, "status", "invalid_value", locale));
        } else {
            status = status.toUpperCase(Locale.ROOT);
        }
        LocalDateTime received = time(node, "receivedAt", line, code, errors, locale);
        LocalDateTime due = time(node, "dueAt", line, code, errors, locale);
        LocalDateTime finished = time(node, "finishedAt", line, code, errors, locale);
        LocalDateTime returned = time(node, "returnedAt", line, code, errors, locale);
        LocalDateTime extended = time(node, "extendedTo", line, code, errors, locale);
        if (received == null && !hasError(errors, "receivedAt")) {
            errors.add(error(line, code, "receivedAt", "required", locale));
        }
        if (due == null && !hasError(errors, "dueAt") && !"REFUSED".equals(status)) {
            errors.add(error(line, code, "dueAt", "required", locale));
        }
        if (received != null) {
            if (due != null && due.isBefore(received)) {
                errors.add(error(line, code, "dueAt", "due_before_received", locale));
            }
            if (finished != null && finished.isBefore(received)) {
                errors.add(error(line, code, "finishedAt", "finished_before_received", locale));
            }
            if (received.isAfter(LocalDateTime.now(Vietnam.ZONE))) {
                errors.add(error(line, code, "receivedAt", "in_future", locale));
            }
        }
        if (returned != null && (finished == null || returned.isBefore(finished))) {
            errors.add(error(line, code, "returnedAt", "returned_before_finished", locale));
        }
        if (extended != null && due != null && !extended.isAfter(due)) {
            errors.add(error(line, code, "extendedTo", "extension_not_later", locale));
        }
        if (status != null) {
            boolean needsFinish = Set.of("RESOLVED", "RETURNED", "WITHDRAWN").contains(status);
            if (needsFinish && finished == null && !hasError(errors, "finishedAt")) {
                errors.add(error(line, code, "finishedAt", "required_for_status", locale));
            }
            if ("IN_PROGRESS".equals(status) && finished != null) {
                errors.add(error(line, code, "finishedAt", "not_for_status", locale));
            }
            if ("RETURNED".equals(status) && returned == null && !hasError(errors, "returnedAt")) {
                errors.add(error(line, code, "returnedAt", "required_for_status", locale));
            }
        }
        long fees = 0;
        JsonNode feesNode = node.get("feesPaid");
        if (feesNode != null && !feesNode.isNull()) {
            if (!feesNode.isIntegralNumber() || feesNode.asLong() < 0) {
                errors.add(error(line, code, "feesPaid", "fees_whole_dong", locale));
            } else {
                fees = feesNode.asLong();
            }
        }
        String applicantType = string(node, "applicantType");
        if (applicantType != null
                && !Set.of("CITIZEN", "BUSINESS", "ORGANISATION").contains(applicantType.toUpperCase(Locale.ROOT))) {
            errors.add(error(line, code, "applicantType", "invalid_value", locale));
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        JsonNode fourOnSite = node.get("fourOnSite");
        return new Checked(
                new HistoryImporter.Dossier(
                        code,
                        procedure.id(),
                        procedure.code(),
                        procedure.fieldCode(),
                        agency.id(),
                        center.id(),
                        channel,
                        applicantType == null ? null : applicantType.toUpperCase(Locale.ROOT),
                        received,
                        due,
                        finished,
                        returned,
                        status,
                        delivery == null ? DeliveryMethod.COUNTER : delivery,
                        fourOnSite != null && fourOnSite.asBoolean(),
                        extended,
                        string(node, "lateReason"),
                        fees),
                List.of());
    }

    private AgencyView agency(
            JsonNode node,
            String field,
            int line,
            String code,
            Lookups lookups,
            List<LineError> errors,
            Locale locale) {
        String value = string(node, field);
        if (value == null) {
            errors.add(error(line, code, field, "required", locale));
            return null;
        }
        return lookups.agency(value).orElseGet(() -> {
            errors.add(error(line, code, field, "unknown_agency", locale));
            return null;
        });
    }

    private <E extends Enum<E>> E choice(
            JsonNode node, String field, Class<E> type, int line, String code, List<LineError> errors, Locale locale) {
        String value = string(node, field);
        if (value == null) {
            errors.add(error(line, code, field, "required", locale));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(line, code, field, "invalid_value", locale));
            return null;
        }
    }

    /** A local date-time (Vietnam time), or one with an offset converted to Vietnam time. */
    private LocalDateTime time(
            JsonNode node, String field, int line, String code, List<LineError> errors, Locale locale) {
        String value = string(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).withNano(0);
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(value)
                        .atZoneSameInstant(Vietnam.ZONE)
                        .toLocalDateTime()
                        .withNano(0);
            } catch (DateTimeParseException e) {
                errors.add(error(line, code, field, "invalid_time", locale));
                return null;
            }
        }
    }

    private static boolean hasError(List<LineError> errors, String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String text = Text.clean(v.asString());
        return text == null || text.isEmpty() ? null : text;
    }

    private LineError error(int line, String code, String field, String error, Locale locale) {
        String message =
                messages.getMessage("import.error." + error, new Object[] {field == null ? "" : field}, error, locale);
        return new LineError(line, code, field, "import." + error, message);
    }
}
