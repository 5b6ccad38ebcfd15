package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.motcua.shared.DomainException;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public tracking", description = "Where a dossier stands, for the applicant, without signing in")
class PublicTrackingController {

    private final PublicTracking tracking;

    PublicTrackingController(PublicTracking tracking) {
        this.tracking = tracking;
    }

    /** The applicant's ID number (or tax code): in the body, so it stays out of addresses and proxy logs. */
    record TrackRequest(@NotBlank @Size(max = 20) String idNumber) {}

    @PostMapping(path = "/api/v1/public/dossiers/{code}/track", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @ProblemResponse(status = 429, codes = "request.too_many")
    @Operation(
            summary = "Track a dossier by its code and the applicant's ID number (or tax code), without signing in;"
                    + " the same answer (404) for an unknown code and a wrong ID number")
    PublicTracking.View track(
            @PathVariable String code, @Valid @RequestBody TrackRequest body, HttpServletRequest request) {
        return tracking.track(code, body.idNumber(), request.getRemoteAddr())
                .orElseThrow(() -> DomainException.notFound("dossier.not_found", code));
    }
}
