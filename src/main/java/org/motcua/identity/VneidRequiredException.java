package org.motcua.identity;

import org.springframework.security.authentication.AccountStatusException;

/** An officer's password was right, but officers must sign in with VNeID here. */
class VneidRequiredException extends AccountStatusException {

    VneidRequiredException() {
        super("officers sign in with VNeID");
    }
}
