package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical text form of cell values. The xlsx reader turns typed cells into this form and
 * the CSV writer writes it, so both formats read through the same code and round-trip exactly.
 */
public final class Cells {

    public static final String YES = "Có";
    public static final String NO = "Không";
    /** Separator inside list cells (codes, channels, step numbers, tiers). */
    public static final String LIST_SEPARATOR = ";";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Cells() {}

    /** NFC, trimmed, blank → null. Every text read from a file passes here. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    public static String format(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> plain(d);
            case Boolean b -> b ? YES : NO;
            case LocalDate d -> DATE.format(d);
            case LocalTime t -> TIME.format(t);
            default -> value.toString();
        };
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String joinList(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(LIST_SEPARATOR + " "));
    }

    static List<String> splitList(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(LIST_SEPARATOR))
                .map(Cells::clean)
                .filter(s -> s != null)
                .toList();
    }
}
