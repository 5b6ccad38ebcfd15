package org.motcua.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens signing in through an external OIDC provider (e.g. the national ID provider) get a local
 * APPLICANT account on first sign-in, linked by issuer and subject; later sign-ins reuse it.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final VerifiedIdentities identities;

    OidcAccounts(UserAccounts accounts, JdbcClient jdbc, Clock clock, VerifiedIdentities identities) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.identities = identities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return withAccount(delegate.loadUser(request));
    }

    /** Links (creating if needed) the local account of an authenticated OIDC user. */
    @Transactional
    OidcUser withAccount(OidcUser oidc) {
        String issuer = oidc.getIssuer() == null ? "unknown" : oidc.getIssuer().toString();
        // The national SSO's claims (VNeID): the account is linked to the personal ID number.
        java.util.Optional<VerifiedIdentity> asserted = VneidClaims.identity(oidc.getClaims(), clock.instant());
        UUID accountId = jdbc.sql(
                        "select user_account from identity.external_identity where issuer = :issuer and subject = :subject")
                .param("issuer", issuer)
                .param("subject", oidc.getSubject())
                .query(UUID.class)
                .optional()
                .or(() -> asserted.flatMap(a -> identities.accountOf(a.idNumber()))
                        .map(linked -> link(issuer, oidc.getSubject(), linked)))
                .orElseGet(() -> provision(
                        issuer, oidc, asserted.map(VerifiedIdentity::fullName).orElse(null)));
        asserted.ifPresent(a -> {
            if (identities
                    .accountOf(a.idNumber())
                    .filter(other -> !other.equals(accountId))
                    .isEmpty()) {
                identities.record(accountId, a, issuer);
            }
        });
        CurrentUser user = accounts.findById(accountId).orElseThrow().toCurrentUser();
        return new OidcSignIn(user, oidc);
    }

    private UUID link(String issuer, String subject, UUID account) {
        jdbc.sql("insert into identity.external_identity (issuer, subject, user_account) values (:i, :s, :u)")
                .param("i", issuer)
                .param("s", subject)
                .param("u", account)
                .update();
        return account;
    }

    private UUID provision(String issuer, OidcUser oidc, String assertedName) {
        String name = Text.clean(assertedName) != null
                ? Text.clean(assertedName)
                : Text.clean(oidc.getFullName()) != null ? Text.clean(oidc.getFullName()) : oidc.getSubject();
        String username = "oidc-" + UUID.nameUUIDFromBytes((issuer + "|" + oidc.getSubject()).getBytes());
        UserAccount account = UserAccount.create(username, null, name, Set.of(Role.APPLICANT), clock.instant());
        // an e-mail or phone belongs to one account: one already registered here stays with that account
        String email = Contacts.email(oidc.getEmail());
        String phone = Contacts.phone(oidc.getPhoneNumber());
        account.contact(
                email == null || accounts.findByEmail(email).isPresent() ? null : email,
                phone == null || accounts.findByPhone(phone).isPresent() ? null : phone);
        UUID id = accounts.save(account).id();
        jdbc.sql("insert into identity.external_identity (issuer, subject, user_account) values (:i, :s, :u)")
                .param("i", issuer)
                .param("s", oidc.getSubject())
                .param("u", id)
                .update();
        return id;
    }

    /** An OIDC principal that also carries the local account. */
    static final class OidcSignIn extends DefaultOidcUser implements SignedIn {
        private final CurrentUser user;

        OidcSignIn(CurrentUser user, OidcUser oidc) {
            super(AccountDetails.authorities(user), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        @Override
        public CurrentUser currentUser() {
            return user;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
