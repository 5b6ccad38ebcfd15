package org.motcua.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The page (from 0) and size a client asks of a list, checked before they reach SQL: a negative page,
 * a size outside its range or a page too deep is a 400 naming the parameter, never an overflowing
 * offset (a 500) or a scan of the whole table.
 */
public final class Paging {

    /**
     * The deepest row a list may be paged to (page × size). PostgreSQL reads and drops every row it
     * skips, so nobody pages a million rows deep: they narrow the search instead. It is also far below
     * where {@code page * size} overflows an int.
     */
    public static final long MAX_OFFSET = 1_000_000;

    private Paging() {}

    /** What is wrong with {@code page} and {@code size} for a list of at most {@code maxSize} per page. */
    public static List<FieldError> problems(int page, int size, int maxSize) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Min", null));
        }
        if (size < 1) {
            errors.add(new FieldError("size", "Min", null));
        } else if (size > maxSize) {
            errors.add(new FieldError("size", "Max", null));
        } else if (page > 0 && (long) page * size > MAX_OFFSET) {
            errors.add(new FieldError("page", "Max", null));
        }
        return errors;
    }

    /** Throws {@code validation.failed} unless {@code page} and {@code size} are acceptable. */
    public static void check(int page, int size, int maxSize) {
        List<FieldError> errors = problems(page, size, maxSize);
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
    }

    /**
     * {@code page} brought into range for a list of {@code size} per page (size at least 1): what the
     * pages do with a link's page number, where a deep or negative one shows the last or first page
     * allowed rather than an error.
     */
    public static int clamp(int page, int size) {
        return (int) Math.clamp(page, 0L, MAX_OFFSET / Math.max(1, size));
    }

    /** The rows before {@code page}, for SQL's {@code offset}; computed as a long. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
