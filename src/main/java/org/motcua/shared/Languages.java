package org.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The languages of the user interface and the API: Vietnamese first, English second. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {}

    /** The best supported language for the {@code Accept-Language} header; Vietnamese when none fits. */
    public static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }
}
