package org.motcua.identity;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password: too many wrong ones from that name or address. */
class SignInThrottledException extends AuthenticationException {

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("too many failed sign-ins; wait until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
