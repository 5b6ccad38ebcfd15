package org.motcua.statistics.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.StepVerdict;

/**
 * What each milestone of a dossier adds to the day's flows ({@code statistics.daily_figures} columns): the
 * one place both the event listener and the history import take them from, so that an imported dossier
 * counts exactly like a native one.
 */
final class Flows {

    private Flows() {}

    static Map<String, Long> received(DeliveryMethod delivery) {
        return Map.of("received", 1L, "postal_delivery", delivery == DeliveryMethod.POSTAL ? 1L : 0L);
    }

    static Map<String, Long> resolved(StepVerdict verdict, long processingMinutes, boolean fourOnSite) {
        Map<String, Long> flows = new LinkedHashMap<>();
        flows.put(
                switch (verdict) {
                    case EARLY -> "resolved_early";
                    case ON_TIME -> "resolved_on_time";
                    case LATE -> "resolved_late";
                },
                1L);
        flows.put("processing_minutes", processingMinutes);
        flows.put("four_on_site", fourOnSite ? 1L : 0L);
        return flows;
    }

    static Map<String, Long> stopped(boolean withdrawn) {
        return Map.of(withdrawn ? "withdrawn" : "stopped", 1L);
    }

    static Map<String, Long> refused() {
        return Map.of("refused", 1L);
    }

    static Map<String, Long> returned(boolean byPost) {
        return Map.of("returned", 1L, "returned_by_post", byPost ? 1L : 0L);
    }

    static Map<String, Long> extended() {
        return Map.of("extended", 1L);
    }

    static Map<String, Long> supplementRequested() {
        return Map.of("supplement_requested", 1L);
    }

    static Map<String, Long> fees(long dong) {
        return Map.of("fees_vnd", dong);
    }
}
