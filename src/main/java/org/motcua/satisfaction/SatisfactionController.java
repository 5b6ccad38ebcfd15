package org.motcua.satisfaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.ProblemResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Satisfaction", description = "Rating the service once a dossier's result was returned")
class SatisfactionController {

    private final Ratings ratings;

    SatisfactionController(Ratings ratings) {
        this.ratings = ratings;
    }

    /** A rating at the counter tablet names the dossier the tablet showed. */
    record CounterRating(
            UUID dossierId,
            Grade grade,
            String reason,
            Grade attitude,
            Grade timeliness,
            Grade guidance,
            Grade procedure) {
        RatingForm form() {
            return new RatingForm(grade, reason, attitude, timeliness, guidance, procedure);
        }
    }

    @GetMapping("/api/v1/public/ratings/{token}")
    @ProblemResponse(status = 404, codes = "satisfaction.link_invalid")
    @ProblemResponse(status = 422, codes = "satisfaction.not_returned")
    @Operation(summary = "The dossier a signed rating link names, and its rating so far (no sign-in)")
    RateableDossier byLink(@PathVariable String token) {
        return ratings.byLink(token);
    }

    @PutMapping("/api/v1/public/ratings/{token}")
    @ProblemResponse(status = 400, codes = "satisfaction.invalid")
    @ProblemResponse(status = 404, codes = "satisfaction.link_invalid")
    @ProblemResponse(status = 409, codes = "satisfaction.already_rated")
    @ProblemResponse(status = 422, codes = "satisfaction.not_returned")
    @Operation(summary = "Rate the service, or change the rating within the change window, through the signed link")
    Rating rateByLink(@PathVariable String token, @RequestBody RatingForm form) {
        return ratings.rateByLink(token, form);
    }

    @GetMapping("/api/v1/ratings/{code}")
    @ProblemResponse(status = 404, codes = "satisfaction.dossier_not_found")
    @ProblemResponse(status = 422, codes = "satisfaction.not_returned")
    @Operation(summary = "The signed-in applicant's returned dossier and its rating so far")
    RateableDossier ofApplicant(@PathVariable String code, CurrentUser user) {
        return ratings.ofApplicant(code, user);
    }

    @PutMapping("/api/v1/ratings/{code}")
    @ProblemResponse(status = 400, codes = "satisfaction.invalid")
    @ProblemResponse(status = 404, codes = "satisfaction.dossier_not_found")
    @ProblemResponse(status = 409, codes = "satisfaction.already_rated")
    @ProblemResponse(status = 422, codes = "satisfaction.not_returned")
    @Operation(summary = "The signed-in applicant rates their returned dossier")
    Rating rateAsApplicant(@PathVariable String code, @RequestBody RatingForm form, CurrentUser user) {
        return ratings.rateAsApplicant(code, user, form);
    }

    @GetMapping("/api/v1/public/counters/{counterId}/rating")
    @ProblemResponse(status = 404, codes = "satisfaction.counter_unknown")
    @Operation(
            summary =
                    "The counter tablet: the dossier an officer of the counter has just returned (no sign-in; the key binds the tablet)")
    Ratings.CounterTablet atCounter(@PathVariable UUID counterId, @RequestParam String key) {
        return ratings.atCounter(counterId, key);
    }

    @PutMapping("/api/v1/public/counters/{counterId}/rating")
    @ProblemResponse(status = 400, codes = "satisfaction.invalid")
    @ProblemResponse(status = 404, codes = "satisfaction.counter_unknown")
    @ProblemResponse(
            status = 409,
            codes = {"satisfaction.already_rated", "satisfaction.not_at_counter"})
    @Operation(summary = "Rate at the counter tablet the dossier it shows")
    Rating rateAtCounter(@PathVariable UUID counterId, @RequestParam String key, @RequestBody CounterRating body) {
        return ratings.rateAtCounter(counterId, key, body.dossierId(), body.form());
    }
}
