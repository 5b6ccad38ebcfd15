package org.motcua.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.ProblemResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for the API, and who holds one")
class AuthController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final PasswordResets resets;
    // Each reset request may send an SMS or e-mail: a brake per client address.
    private final PerMinuteLimit codeSends;

    AuthController(
            AuthenticationManager authentication,
            ApiTokens tokens,
            PasswordResets resets,
            Clock clock,
            @Value("${motcua.security.verification-sends-per-minute:10}") int sendsPerMinute) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.resets = resets;
        this.codeSends = new PerMinuteLimit(sendsPerMinute, clock);
    }

    record ResetRequest(@NotBlank @Size(max = 200) String contact) {}

    record ResetConfirmation(
            @NotBlank @Size(max = 200) String contact,
            @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 200) String password,
            @NotBlank @Size(max = 200) String passwordConfirmation) {}

    @PostMapping("/password-reset")
    @Operation(
            summary = "Forgot password: send a six-digit code to the e-mail or phone of the account named by its user"
                    + " name, e-mail or phone. Answers 202 whether or not such an account exists")
    @ApiResponse(responseCode = "202", description = "A code was sent if the account exists and can sign in")
    @ProblemResponse(status = 429, codes = "request.too_many")
    ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        codeSends.check(http.getRemoteAddr());
        resets.request(request.contact());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    @Operation(summary = "Set a new password with the code sent; the account's API tokens are revoked")
    @ApiResponse(responseCode = "204", description = "The password was changed")
    @ProblemResponse(
            status = 400,
            codes = {"validation.failed", "identity.password_reset_failed"})
    ResponseEntity<Void> confirmReset(@Valid @RequestBody ResetConfirmation request) {
        resets.reset(request.contact(), request.code(), request.password(), request.passwordConfirmation());
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    record Me(UUID id, String username, String displayName, List<Role> roles, List<UUID> agencyIds) {}

    @PostMapping("/token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    @ProblemResponse(
            status = 401,
            codes = {"auth.invalid_credentials", "auth.account_locked", "auth.account_disabled"})
    @ProblemResponse(status = 429, codes = "auth.too_many_attempts")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        CurrentUser user;
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
            attempt.setDetails(new WebAuthenticationDetails(http)); // the client address, for throttling
            user = CurrentUserResolver.current(authentication.authenticate(attempt));
        } catch (SignInThrottledException e) {
            throw new DomainException("auth.too_many_attempts", HttpStatus.TOO_MANY_REQUESTS);
        } catch (LockedException e) {
            throw new DomainException("auth.account_locked", HttpStatus.UNAUTHORIZED);
        } catch (DisabledException e) {
            throw new DomainException("auth.account_disabled", HttpStatus.UNAUTHORIZED);
        } catch (AuthenticationException e) {
            throw new DomainException("auth.invalid_credentials", HttpStatus.UNAUTHORIZED);
        }
        ApiTokens.Issued issued = tokens.issue(user.id());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
    }

    @DeleteMapping("/token")
    @Operation(summary = "Revoke the bearer token of this request")
    @SecurityRequirement(name = "bearerAuth")
    @ApiResponse(responseCode = "204", description = "Revoked, or there was no token to revoke")
    ResponseEntity<Void> revoke() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication token) {
            tokens.revoke(token.token());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "Who the bearer of this token is")
    Me me(CurrentUser user) {
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.agencyIds().stream().sorted().toList());
    }
}
