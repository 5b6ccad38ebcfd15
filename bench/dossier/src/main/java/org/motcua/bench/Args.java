package org.motcua.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} arguments of the benchmark mains; an unknown key is an error. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, String... known) {
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1 || !java.util.List.of(known).contains(a.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument " + a + "; known: " + String.join(", ", known));
            }
            values.put(a.substring(0, eq), a.substring(eq + 1));
        }
    }

    String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    int integer(String key, int fallback) {
        return Integer.parseInt(get(key, Integer.toString(fallback)));
    }

    double number(String key, double fallback) {
        return Double.parseDouble(get(key, Double.toString(fallback)));
    }

    long pid(String key) {
        return Long.parseLong(get(key, "-1"));
    }
}
