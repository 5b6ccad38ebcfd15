package org.motcua.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader: comma separated, fields optionally in double quotes, {@code ""} inside quotes
 * is a quote, quoted fields may contain commas and line breaks, CRLF or LF line ends. A line that starts
 * with {@code #} outside quotes is a comment; blank lines are skipped.
 */
final class CsvRecords {

    record Row(int line, List<String> fields) {}

    private CsvRecords() {}

    static List<Row> parse(Reader reader) {
        try {
            return parse(readAll(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') { // byte order mark
            i = 1;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#' || c == '\n' || c == '\r') { // comment or blank line: skip to the next line
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                i++;
                line++;
                continue;
            }
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRow = false;
            while (i < n && !endOfRow) {
                c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < n && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    endOfRow = true;
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new CalendarRuleException(
                        CalendarError.CSV_INVALID, "line " + rowLine, "unterminated quoted field");
            }
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read; (read = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }
}
