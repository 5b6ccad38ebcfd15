package org.motcua.shared;

import java.util.List;

/**
 * Paths a module serves without sign-in (public catalog, tracking, calendar), declared as a bean by
 * the module that owns them so the security configuration stays the one place that applies them.
 *
 * @param readOnly Ant-style patterns open for GET and HEAD only
 * @param anyMethod Ant-style patterns open for every method
 */
public record PublicEndpoints(List<String> readOnly, List<String> anyMethod) {

    public PublicEndpoints {
        readOnly = List.copyOf(readOnly);
        anyMethod = List.copyOf(anyMethod);
    }

    public static PublicEndpoints readOnly(String... patterns) {
        return new PublicEndpoints(List.of(patterns), List.of());
    }
}
