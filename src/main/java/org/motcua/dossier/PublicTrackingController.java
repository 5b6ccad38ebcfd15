package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.shared.DomainException;
import org.motcua.shared.ProblemResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public tracking", description = "Where a dossier stands, for the applicant, without signing in")
class PublicTrackingController {

    private final PublicTracking tracking;

    PublicTrackingController(PublicTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @ProblemResponse(status = 429, codes = "request.too_many")
    @Operation(summary = "Track a dossier by its code and the applicant's ID number, without signing in")
    PublicTracking.View track(@PathVariable String code, @RequestParam String idNumber, HttpServletRequest request) {
        return tracking.track(code, idNumber, request.getRemoteAddr())
                .orElseThrow(() -> DomainException.notFound("dossier.not_found", code));
    }
}
