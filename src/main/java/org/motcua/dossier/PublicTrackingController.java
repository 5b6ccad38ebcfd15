package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public tracking")
class PublicTrackingController {

    /** Look-ups per client address and minute: enough for a person, too few to guess ID numbers. */
    private static final int PER_MINUTE = 20;

    private final PublicTracking tracking;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    PublicTrackingController(PublicTracking tracking, Clock clock) {
        this.tracking = tracking;
        this.clock = clock;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "Track a dossier by its code and the applicant's ID number, without signing in")
    PublicTracking.View track(@PathVariable String code, @RequestParam String idNumber, HttpServletRequest request) {
        limit(request.getRemoteAddr());
        return tracking.track(code, idNumber).orElseThrow(() -> DomainException.notFound("dossier.not_found", code));
    }

    private void limit(String client) {
        long minute = clock.millis() / Duration.ofMinutes(1).toMillis();
        long[] window = windows.compute(client, (k, w) -> {
            if (w == null || w[0] != minute) {
                return new long[] {minute, 1};
            }
            w[1]++;
            return w;
        });
        if (window[1] > PER_MINUTE) {
            throw new DomainException("request.too_many", HttpStatus.TOO_MANY_REQUESTS);
        }
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
    }
}
