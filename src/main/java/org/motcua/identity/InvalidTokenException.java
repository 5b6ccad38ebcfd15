package org.motcua.identity;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown, expired or belongs to a disabled or locked account. */
final class InvalidTokenException extends AuthenticationException {
    InvalidTokenException() {
        super("invalid bearer token");
    }
}
