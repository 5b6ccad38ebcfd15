package org.motcua.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
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

    /** The active accounts serving at least one of these agencies (officers to assign work to), by name. */
    @Transactional(readOnly = true)
    public List<CurrentUser> serving(Collection<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return accounts.findServingAny(agencyIds).stream()
                .map(UserAccount::toCurrentUser)
                .toList();
    }

    @Transactional
    public void updateContact(UUID userId, String email, String phone) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> DomainException.notFound("identity.user_not_found", userId));
        account.contact(Text.clean(email), Text.clean(phone));
        accounts.save(account);
    }
}
