package org.motcua.shared;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Binds values without a type, so PostgreSQL takes each one's type from the column it goes into.
 *
 * <p>pgjdbc prepares a statement on the server once per connection and prepares it again whenever a
 * parameter's type differs from the prepared one. A null goes out untyped while a value goes out typed
 * (varchar, uuid, timestamp…), so a write whose nullable columns change between null and a value from one
 * call to the next was parsed and planned again on most calls (measured: 65 % of dossier updates, 71 % of
 * history inserts). Sent untyped, every call matches the prepared statement.
 *
 * <p>Only for parameters whose column fixes their type: insert values, update set, comparison with a
 * column.
 */
public final class UntypedParams {

    private UntypedParams() {}

    public static SqlParameterValue value(Object value) {
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            // As text its zone would be dropped silently by a timestamp column (Vietnam local time here).
            throw new IllegalArgumentException("bind a LocalDateTime in Vietnam time, not " + value.getClass());
        }
        // pgjdbc sends a String given as OTHER untyped; other objects (UUID, LocalDateTime) it would type.
        String text = value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        return new SqlParameterValue(Types.OTHER, text);
    }

    public static Map<String, Object> of(Map<String, ?> values) {
        Map<String, Object> untyped = new LinkedHashMap<>(values.size() * 2);
        values.forEach((name, value) -> untyped.put(name, value(value)));
        return untyped;
    }

    public static Object[] of(Object... values) {
        Object[] untyped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            untyped[i] = value(values[i]);
        }
        return untyped;
    }
}
