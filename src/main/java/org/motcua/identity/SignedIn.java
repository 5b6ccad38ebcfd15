package org.motcua.identity;

/** Any principal motcua creates (password, token, OIDC) can say who the person is. */
interface SignedIn {
    CurrentUser currentUser();
}
