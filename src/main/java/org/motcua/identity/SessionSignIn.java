package org.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a person in on this browser session without asking for their password again: right after they
 * proved, in the same session where they registered, that they own the account's e-mail or phone. As a
 * form login does, it gives the session a new id and continues to the page that asked for a sign-in.
 */
@Component
public class SessionSignIn {

    private final AccountDetailsService accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    SessionSignIn(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    /**
     * Signs {@code username} in, if the account may sign in (verified, enabled, not locked).
     *
     * @return where to go next: the page that asked for a sign-in, else the home page; {@code null} when
     *     the account may not sign in
     */
    public String signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(username);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            return null;
        }
        request.changeSessionId();
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
