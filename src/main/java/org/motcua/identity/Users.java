package org.motcua.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: accounts and the agencies officers serve. */
@Service
public class Users {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Users(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates an account with a password; the username is unique regardless of case. */
    @Transactional
    public CurrentUser create(String username, String rawPassword, String displayName, Set<Role> roles) {
        String name = Text.clean(username);
        if (accounts.findByUsername(name).isPresent()) {
            throw DomainException.conflict("identity.username_taken", name);
        }
        UserAccount account = UserAccount.create(
                name, passwords.encode(rawPassword), Text.clean(displayName), roles, clock.instant());
        return accounts.save(account).toCurrentUser();
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> find(UUID id) {
        return accounts.findById(id).map(UserAccount::toCurrentUser);
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> findByUsername(String username) {
        return accounts.findByUsername(username).map(UserAccount::toCurrentUser);
    }

    /** Replaces the set of agencies an officer serves. */
    @Transactional
    public CurrentUser assignAgencies(UUID userId, Set<UUID> agencyIds) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> DomainException.notFound("identity.user_not_found", userId));
        account.assignAgencies(agencyIds);
        return accounts.save(account).toCurrentUser();
    }

    /** How to reach an account's holder (to prefill their applications); empty fields when not given. */
    public record Contact(String email, String phone) {}

    @Transactional(readOnly = true)
    public Contact contact(UUID userId) {
        return accounts.findById(userId)
                .map(a -> new Contact(a.email(), a.phone()))
                .orElse(new Contact(null, null));
    }

    @Transactional
    public void updateContact(UUID userId, String email, String phone) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> DomainException.notFound("identity.user_not_found", userId));
        account.contact(Text.clean(email), Text.clean(phone));
        accounts.save(account);
    }
}
