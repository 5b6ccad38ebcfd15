package org.motcua.nationalportal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The national portal: sync state, failures and retries, reconciliation, the code mapping, the call-in. */
@Tag(name = "National portal", description = "Synchronisation with the national public-service portal")
@RestController
@RequestMapping("/api/v1/national-portal")
class NationalPortalController {

    private final NationalPortal portal;
    private final InboundDossiers inbound;
    private final PortalReconciliation reconciliation;
    private final SyncPusher pusher;
    private final Dossiers dossiers;
    private final NationalPortalSettings settings;

    NationalPortalController(
            NationalPortal portal,
            InboundDossiers inbound,
            PortalReconciliation reconciliation,
            SyncPusher pusher,
            Dossiers dossiers,
            NationalPortalSettings settings) {
        this.portal = portal;
        this.inbound = inbound;
        this.reconciliation = reconciliation;
        this.pusher = pusher;
        this.dossiers = dossiers;
        this.settings = settings;
    }

    record MappingInput(String procedureCode, UUID receivingCenterId) {}

    @Operation(summary = "Where a dossier stands with the national portal (for whoever may see the dossier)")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @GetMapping("/dossiers/{codeOrId}/sync")
    SyncState state(@PathVariable String codeOrId, CurrentUser user) {
        DossierView dossier = dossiers.get(codeOrId, user);
        return portal.state(dossier.id());
    }

    @Operation(summary = "Updates the portal has not taken: failed for good, or being retried (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/sync-problems")
    List<SyncProblem> problems() {
        return portal.problems();
    }

    @Operation(summary = "Send a failed or waiting update (and its dossier's later ones) at once (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(status = 404, codes = "nationalportal.update_not_found")
    @PostMapping("/sync-problems/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@PathVariable long id) {
        portal.retry(id);
    }

    @Operation(summary = "Push the due updates now instead of at the next round; the number sent (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/push")
    Map<String, Integer> push() {
        return Map.of("sent", pusher.pushDue());
    }

    @Operation(summary = "The latest daily reconciliation's differences (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/differences")
    List<Difference> differences() {
        return portal.differences();
    }

    @Operation(summary = "Compare the dossiers changed in the last day with the portal now (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(status = 502, codes = "nationalportal.unavailable")
    @PostMapping("/reconciliation")
    List<Difference> reconcile() {
        try {
            return reconciliation.run();
        } catch (PortalException e) {
            throw new DomainException("nationalportal.unavailable", HttpStatus.BAD_GATEWAY, e.getMessage());
        }
    }

    @Operation(summary = "Fetch the dossiers submitted on the portal now (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(status = 502, codes = "nationalportal.unavailable")
    @PostMapping("/fetch")
    List<InboundDossiers.Answer> fetch() {
        try {
            return inbound.fetch();
        } catch (PortalException e) {
            throw new DomainException("nationalportal.unavailable", HttpStatus.BAD_GATEWAY, e.getMessage());
        }
    }

    @Operation(summary = "The procedure codes, national to local (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/mappings")
    List<ProcedureMapping> mappings() {
        return portal.mappings();
    }

    @Operation(summary = "Map a national procedure code to a local procedure (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @PutMapping("/mappings/{nationalCode}")
    ProcedureMapping map(@PathVariable String nationalCode, @RequestBody MappingInput input) {
        return portal.map(
                nationalCode,
                input == null ? null : input.procedureCode(),
                input == null ? null : input.receivingCenterId());
    }

    @Operation(summary = "Remove the mapping of a national procedure code (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(status = 404, codes = "nationalportal.mapping_not_found")
    @DeleteMapping("/mappings/{nationalCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmap(@PathVariable String nationalCode) {
        portal.unmap(nationalCode);
    }

    @Operation(
            summary = "The portal hands over a dossier submitted there (shared secret in X-Portal-Token); answers"
                    + " error_code 0 created, 1 duplicate, -1 refused")
    @ProblemResponse(status = 403, codes = "nationalportal.callback_forbidden")
    @PostMapping("/inbound")
    Map<String, Object> callIn(
            @RequestHeader(name = "X-Portal-Token", required = false) String token, @RequestBody NationalDossier body) {
        if (settings.callbackToken().isBlank()
                || token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        settings.callbackToken().getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException("nationalportal.callback_forbidden", HttpStatus.FORBIDDEN);
        }
        InboundDossiers.Answer answer = inbound.receive(body, "CALLBACK");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("error_code", answer.errorCode());
        result.put("message", answer.message());
        return result;
    }
}
