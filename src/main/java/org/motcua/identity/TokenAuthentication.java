package org.motcua.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API bearer token. */
final class TokenAuthentication extends AbstractAuthenticationToken implements SignedIn {

    private final CurrentUser user;
    private final transient String token;

    TokenAuthentication(CurrentUser user, String token) {
        super(AccountDetails.authorities(user));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    String token() {
        return token;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return this;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
