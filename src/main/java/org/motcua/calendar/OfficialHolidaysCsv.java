package org.motcua.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the announced holiday schedules in the {@code holidays-vn.csv} format: UTF-8, RFC 4180 quoting,
 * header {@code date,kind,name,source}, lines starting with {@code #} are comments. The {@code source}
 * column becomes the entry's legal note; every entry is official ({@code proposed = false}).
 */
public final class OfficialHolidaysCsv {

    private static final List<String> HEADER = List.of("date", "kind", "name", "source");

    private OfficialHolidaysCsv() {}

    public static List<CalendarEntry> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CalendarEntry> read(Reader reader) {
        List<CsvRecords.Row> rows = CsvRecords.parse(reader);
        if (rows.isEmpty() || !rows.getFirst().fields().equals(HEADER)) {
            throw new CalendarRuleException(CalendarError.CSV_INVALID, "header", "expected header " + HEADER);
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            String field = "line " + row.line();
            if (row.fields().size() != HEADER.size()) {
                throw new CalendarRuleException(
                        CalendarError.CSV_INVALID,
                        field,
                        "expected " + HEADER.size() + " fields, found "
                                + row.fields().size());
            }
            try {
                entries.add(CalendarEntry.official(
                        LocalDate.parse(row.fields().get(0)),
                        CalendarEntryKind.valueOf(row.fields().get(1)),
                        row.fields().get(2),
                        row.fields().get(3)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new CalendarRuleException(CalendarError.CSV_INVALID, field, e.getMessage());
            }
        }
        return List.copyOf(entries);
    }
}
