package org.motcua.statistics;

import java.util.Locale;
import org.motcua.shared.DomainException;

/** How a summary's rows are split. */
public enum GroupBy {
    AGENCY,
    FIELD,
    PROCEDURE,
    OFFICER,
    CHANNEL,
    DAY,
    WEEK,
    MONTH;

    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /** From a request parameter ({@code agency}, {@code week} …); blank means not grouped. */
    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("statistics.unknown_group", java.util.List.of(), value);
        }
    }
}
