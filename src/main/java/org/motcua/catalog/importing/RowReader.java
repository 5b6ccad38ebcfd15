package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to the cells of one row. Every accessor reports what is wrong with its cell and
 * returns {@code null} (or an empty collection) instead of failing, so that one pass over a file
 * finds every problem.
 */
public final class RowReader {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    // VND amounts are whole đồng; dots and spaces group thousands as Vietnamese officers write them
    private static final Pattern VND = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+|-?\\d+");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final String sheet;
    private final RawSheet.RawRow row;
    private final Map<Column, Integer> positions;
    private final Problems problems;

    RowReader(String sheet, RawSheet.RawRow row, Map<Column, Integer> positions, Problems problems) {
        this.sheet = sheet;
        this.row = row;
        this.positions = positions;
        this.problems = problems;
    }

    public int rowNumber() {
        return row.number();
    }

    /** The cleaned (NFC, trimmed) text of a cell, or null if blank; reports a blank required cell. */
    public String text(Column column) {
        Integer index = positions.get(column);
        String value = index == null ? null : Cells.clean(row.cell(index));
        if (value == null && column.required() && index != null) { // an absent column is reported once, not per row
            problems.missingValue(sheet, row.number(), column.header());
        }
        return value;
    }

    public <E extends Enum<E>> E choice(Column column, Class<E> type) {
        String value = text(column);
        return value == null ? null : parseEnum(column, type, value);
    }

    public <E extends Enum<E>> Set<E> choices(Column column, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : list(column)) {
            E parsed = parseEnum(column, type, value);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    public List<String> list(Column column) {
        return Cells.splitList(text(column));
    }

    public List<Integer> integers(Column column) {
        List<Integer> result = new ArrayList<>();
        for (String value : list(column)) {
            if (INTEGER.matcher(value).matches()) {
                result.add(Integer.valueOf(value));
            } else {
                problems.badNumber(sheet, row.number(), column.header(), value);
            }
        }
        return result;
    }

    /** A decimal number; both "0.5" and "0,5" are accepted. */
    public BigDecimal decimal(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problems.badNumber(sheet, row.number(), column.header(), value);
            return null;
        }
        return new BigDecimal(value.replace(',', '.')).stripTrailingZeros();
    }

    /** A whole amount of đồng, e.g. "1500000" or "1.500.000"; a negative amount is reported. */
    public Long vnd(Column column) {
        String value = text(column);
        return value == null ? null : parseVnd(column, value);
    }

    Long parseVnd(Column column, String value) {
        if (!VND.matcher(value).matches()) {
            problems.badNumber(sheet, row.number(), column.header(), value);
            return null;
        }
        long amount = Long.parseLong(value.replace(".", "").replace(" ", ""));
        if (amount < 0) {
            problems.negative(sheet, row.number(), column.header(), value);
        }
        return amount;
    }

    /** A whole number at least {@code minimum}; returns 0 when missing or wrong. */
    public int integer(Column column, int minimum) {
        String value = text(column);
        if (value == null) {
            return 0;
        }
        if (!INTEGER.matcher(value).matches()) {
            problems.badNumber(sheet, row.number(), column.header(), value);
            return 0;
        }
        int number = Integer.parseInt(value);
        if (number < minimum) {
            problems.outOfRange(sheet, row.number(), column.header(), number, minimum);
        }
        return number;
    }

    /** "Có" / "Không" (also yes/no, true/false, x); a blank optional cell is {@code false}. */
    public boolean yesNo(Column column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "có", "co", "yes", "true", "x" -> true;
            case "không", "khong", "no", "false" -> false;
            default -> {
                problems.badEnum(sheet, row.number(), column.header(), value, List.of(Cells.YES, Cells.NO));
                yield false;
            }
        };
    }

    /** A date as dd/MM/yyyy (or ISO yyyy-MM-dd). */
    public LocalDate date(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        problems.badFormat(sheet, row.number(), column.header(), value, "ngày dạng dd/MM/yyyy", "a date as dd/MM/yyyy");
        return null;
    }

    /** A time of day as HH:mm. */
    public LocalTime time(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            problems.badFormat(sheet, row.number(), column.header(), value, "giờ dạng HH:mm", "a time as HH:mm");
            return null;
        }
    }

    /** Reports a rule a codec checks across cells of this row. */
    public void inconsistent(Column column, String vi, String en) {
        problems.inconsistent(sheet, row.number(), column.header(), vi, en);
    }

    public void missing(Column column) {
        problems.missingValue(sheet, row.number(), column.header());
    }

    /** Reports a value a rule across cells of this row requires, with the rule's own words. */
    public void missing(Column column, String vi, String en) {
        problems.missingValue(sheet, row.number(), column.header(), vi, en);
    }

    public void negative(Column column, Object value) {
        problems.negative(sheet, row.number(), column.header(), value);
    }

    public void badFormat(Column column, String value, String expectedVi, String expectedEn) {
        problems.badFormat(sheet, row.number(), column.header(), value, expectedVi, expectedEn);
    }

    private <E extends Enum<E>> E parseEnum(Column column, Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        problems.badEnum(
                sheet,
                row.number(),
                column.header(),
                value,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return null;
    }
}
