package org.motcua.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.ProblemResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ID number an account is linked to: an administrator records an officer's before officers are required
 * to sign in with VNeID ({@code motcua.security.officers-require-vneid}); a person reads their own.
 */
@Tag(name = "Verified identity", description = "Accounts linked to personal ID numbers (VNeID sign-in)")
@RestController
class VerifiedIdentityController {

    private final VerifiedIdentities identities;
    private final Users users;

    VerifiedIdentityController(VerifiedIdentities identities, Users users) {
        this.identities = identities;
        this.users = users;
    }

    record IdNumber(String idNumber) {}

    @Operation(summary = "Link an account to a personal ID number, so its holder's VNeID sign-in reaches it (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @ProblemResponse(status = 404, codes = "identity.user_not_found")
    @ProblemResponse(status = 409, codes = "identity.id_number_taken")
    @PutMapping("/api/v1/admin/users/{id}/id-number")
    VerifiedIdentity link(@PathVariable UUID id, @RequestBody IdNumber body) {
        if (users.find(id).isEmpty()) {
            throw DomainException.notFound("identity.user_not_found", id);
        }
        identities.link(id, body == null ? null : body.idNumber());
        return identities.of(id).orElseThrow();
    }

    @Operation(summary = "The signed-in person's identity as VNeID asserted it")
    @ProblemResponse(status = 404, codes = "identity.not_verified")
    @GetMapping("/api/v1/me/identity")
    VerifiedIdentity mine(CurrentUser user) {
        return identities.of(user.id()).orElseThrow(() -> DomainException.notFound("identity.not_verified"));
    }
}
