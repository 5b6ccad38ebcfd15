package org.motcua.catalog.importing;

import java.util.Arrays;
import java.util.List;

/**
 * One column of the catalog template.
 *
 * @param key stable English key (documentation, API field names)
 * @param header Vietnamese header the officer sees in row 1
 * @param required a blank cell is an {@code import.missing_value} problem
 * @param kind how the writer types the cell in Excel
 * @param choices allowed values, offered as a drop-down in the written workbook; empty if free text
 */
public record Column(String key, String header, boolean required, Kind kind, List<String> choices) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        TIME
    }

    public Column {
        choices = List.copyOf(choices);
    }

    static Column text(String key, String header) {
        return new Column(key, header, false, Kind.TEXT, List.of());
    }

    static Column requiredText(String key, String header) {
        return new Column(key, header, true, Kind.TEXT, List.of());
    }

    static Column number(String key, String header, boolean required) {
        return new Column(key, header, required, Kind.NUMBER, List.of());
    }

    static Column date(String key, String header) {
        return new Column(key, header, false, Kind.DATE, List.of());
    }

    static Column time(String key, String header) {
        return new Column(key, header, false, Kind.TIME, List.of());
    }

    static Column choice(String key, String header, boolean required, Class<? extends Enum<?>> values) {
        return new Column(key, header, required, Kind.TEXT, names(values));
    }

    static Column yesNo(String key, String header, boolean required) {
        return new Column(key, header, required, Kind.TEXT, List.of(Cells.YES, Cells.NO));
    }

    private static List<String> names(Class<? extends Enum<?>> values) {
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }
}
