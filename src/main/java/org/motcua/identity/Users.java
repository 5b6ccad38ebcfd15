package org.motcua.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motcua.catalog.Catalog;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Paging;
import org.motcua.shared.Text;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The identity module's facade: accounts and the agencies officers serve. The administration methods
 * take the acting administrator and enforce the guard rails: only an administrator may use them, an
 * administrator cannot take away their own ADMIN role or lock themselves out, and a role that acts for
 * agencies needs at least one agency.
 */
@Service
public class Users {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final ObjectProvider<AuthenticationManager> signIns;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApiTokens tokens;
    private final Clock clock;
    private final AuditTrail audit;

    Users(
            UserAccounts accounts,
            PasswordEncoder passwords,
            ObjectProvider<AuthenticationManager> signIns,
            Catalog catalog,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApiTokens tokens,
            Clock clock,
            AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.signIns = signIns;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** What an administrator writes into an officer's account; the username is fixed once created. */
    public record OfficerDraft(
            String username, String displayName, String email, String phone, Set<Role> roles, Set<UUID> agencyIds) {

        public OfficerDraft {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        }
    }

    /** A created account and, when the administrator left the password to the system, that password. */
    public record CreatedAccount(Account account, String generatedPassword) implements java.io.Serializable {}

    /** A search of accounts: words of the name, username, e-mail or phone; a role; an agency (with its units). */
    public record AccountQuery(String text, Role role, UUID agencyId, int page, int size) {}

    public record AccountPage(List<Account> items, long total, int page, int size) {

        public AccountPage {
            items = List.copyOf(items);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
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

    /** The account with its contact details and state; recorded in the audit trail as read. */
    @Transactional(readOnly = true)
    public Optional<Account> account(UUID id) {
        return accounts.findById(id).map(a -> {
            audit.read(AuditTrail.Subject.account(a.username()));
            return a.toAccount(clock.instant());
        });
    }

    /** The accounts with these ids that exist, by id (e.g. to name the officers seated at counters). */
    @Transactional(readOnly = true)
    public Map<UUID, Account> accounts(Set<UUID> ids) {
        return accounts.findAllById(ids).stream()
                .map(a -> a.toAccount(clock.instant()))
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    /** Replaces the set of agencies an officer serves. */
    @Transactional
    public CurrentUser assignAgencies(UUID userId, Set<UUID> agencyIds) {
        UserAccount account = load(userId);
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
        UserAccount account = load(userId);
        account.contact(Text.clean(email), Text.clean(phone));
        accounts.save(account);
    }

    // administration

    /** Accounts matching the query, ordered by name; diacritics do not matter ("nguyen" finds "Nguyễn"). */
    @Transactional(readOnly = true)
    public AccountPage search(AccountQuery query) {
        int size = Math.clamp(query.size(), 1, 200);
        int page = Paging.clamp(query.page(), size);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new java.util.HashMap<>();
        String text = Text.clean(query.text());
        if (text != null) {
            where.append(" and (public.f_unaccent(lower(u.display_name)) like public.f_unaccent(lower(:like))"
                    + " or lower(u.username) like lower(:like) or lower(u.email) like lower(:like)"
                    + " or u.phone like :phone)");
            params.put(
                    "like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("phone", "%" + Contacts.phone(text) + "%");
        }
        if (query.role() != null) {
            where.append(
                    " and exists (select 1 from identity.user_role r where r.user_account = u.id and r.role = :role)");
            params.put("role", query.role().name());
        }
        if (query.agencyId() != null) {
            where.append(" and exists (select 1 from identity.user_agency a"
                    + " where a.user_account = u.id and a.agency_id = any(:agencies))");
            params.put(
                    "agencies", catalog.agencyAndDescendants(query.agencyId()).toArray(UUID[]::new));
        }
        long total = jdbc.sql("select count(*) from identity.user_account u" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("select u.id from identity.user_account u" + where
                        + " order by public.f_unaccent(lower(u.display_name)), lower(u.username)"
                        + " limit :size offset :offset")
                .params(params)
                .param("size", size)
                .param("offset", Paging.offset(page, size))
                .query(UUID.class)
                .list();
        Map<UUID, Account> found = accounts(new HashSet<>(ids));
        return new AccountPage(ids.stream().map(found::get).toList(), total, page, size);
    }

    /**
     * Creates an officer's account. With no password typed, one is generated and returned once (it is
     * never shown again: only its hash is kept).
     */
    @Transactional
    public CreatedAccount createOfficer(CurrentUser admin, OfficerDraft draft, String rawPassword) {
        requireAdmin(admin);
        List<FieldError> errors = new ArrayList<>();
        String username = Text.clean(draft.username());
        if (username == null) {
            errors.add(new FieldError("username", "NotBlank", null));
        } else if (!username.matches("[\\p{L}\\p{N}._@+-]{3,100}")) {
            errors.add(new FieldError("username", "Username", null));
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "UsernameTaken", null));
        }
        boolean generated = rawPassword == null || rawPassword.isEmpty();
        String password = generated ? Passwords.generate() : rawPassword;
        if (!generated) {
            errors.addAll(Passwords.check("password", password));
        }
        Officer officer = officer(draft, null, errors);
        UserAccount account = UserAccount.create(
                username, passwords.encode(password), officer.name(), officer.roles(), clock.instant());
        account.contact(officer.email(), officer.phone());
        account.assignAgencies(officer.agencyIds());
        return new CreatedAccount(accounts.save(account).toAccount(clock.instant()), generated ? password : null);
    }

    /** Changes an account's name, contact, roles and agencies. */
    @Transactional
    public Account updateOfficer(CurrentUser admin, UUID userId, OfficerDraft draft) {
        requireAdmin(admin);
        UserAccount account = load(userId);
        Officer officer = officer(draft, userId, new ArrayList<>());
        if (admin.id().equals(userId) && !officer.roles().contains(Role.ADMIN)) {
            throw DomainException.unprocessable("identity.own_admin_role");
        }
        account.rename(officer.name());
        account.contact(officer.email(), officer.phone());
        account.grantRoles(officer.roles());
        account.assignAgencies(officer.agencyIds());
        return accounts.save(account).toAccount(clock.instant());
    }

    /** Locks an account until an administrator unlocks it; its API tokens stop working at once. */
    @Transactional
    public Account lock(CurrentUser admin, UUID userId) {
        requireAdmin(admin);
        if (admin.id().equals(userId)) {
            throw DomainException.unprocessable("identity.lock_self");
        }
        UserAccount account = load(userId);
        account.lock();
        return accounts.save(account).toAccount(clock.instant());
    }

    /** Lifts an administrator's lock, and the wait its user name earned with wrong passwords. */
    @Transactional
    public Account unlock(CurrentUser admin, UUID userId) {
        requireAdmin(admin);
        UserAccount account = load(userId);
        account.unlock();
        SignInThrottle.forget(jdbc, account.username());
        return accounts.save(account).toAccount(clock.instant());
    }

    /**
     * Sets a new password (generated and returned when none is typed) and revokes the account's API
     * tokens, so whoever knew the old one is signed out of the API.
     */
    @Transactional
    public Optional<String> resetPassword(CurrentUser admin, UUID userId, String rawPassword) {
        requireAdmin(admin);
        UserAccount account = load(userId);
        boolean generated = rawPassword == null || rawPassword.isEmpty();
        String password = generated ? Passwords.generate() : rawPassword;
        if (!generated) {
            List<FieldError> errors = Passwords.check("password", password);
            if (!errors.isEmpty()) {
                throw DomainException.invalid("validation.failed", errors);
            }
        }
        account.changePassword(passwords.encode(password));
        accounts.save(account);
        tokens.revokeAll(userId);
        return generated ? Optional.of(password) : Optional.empty();
    }

    /**
     * A person changes their own password. The current one is checked as a sign-in is (a wrong one counts
     * towards the throttling, so this form cannot be used to guess it); the new one follows the password
     * rules. The account's API tokens are revoked, as at a reset. All problems are reported at once.
     * Not one transaction: a wrong password's count must stay when the change is refused.
     */
    public void changeOwnPassword(CurrentUser user, String current, String next, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(new FieldError("currentPassword", "NotBlank", null));
        }
        errors.addAll(Passwords.check("newPassword", next));
        if (next != null && !next.equals(confirmation)) {
            errors.add(new FieldError("newPasswordConfirmation", "PasswordMismatch", null));
        }
        if (errors.isEmpty() && next.equals(current)) {
            errors.add(new FieldError("newPassword", "SamePassword", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        try {
            signIns.getObject()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(), current));
        } catch (SignInThrottledException e) {
            throw new DomainException("auth.too_many_attempts", HttpStatus.TOO_MANY_REQUESTS);
        } catch (LockedException e) {
            throw new DomainException("auth.account_locked", HttpStatus.FORBIDDEN);
        } catch (DisabledException e) {
            throw new DomainException("auth.account_disabled", HttpStatus.FORBIDDEN);
        } catch (BadCredentialsException e) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("currentPassword", "WrongPassword", null)));
        }
        String hash = passwords.encode(next);
        transactions.executeWithoutResult(status -> {
            UserAccount account = load(user.id());
            account.changePassword(hash);
            accounts.save(account);
            tokens.revokeAll(user.id());
        });
    }

    private record Officer(String name, String email, String phone, Set<Role> roles, Set<UUID> agencyIds) {}

    /** Checks what every officer account must satisfy; throws with all field errors at once. */
    private Officer officer(OfficerDraft draft, UUID self, List<FieldError> errors) {
        String name = Text.clean(draft.displayName());
        if (name == null) {
            errors.add(new FieldError("displayName", "NotBlank", null));
        } else if (name.length() > 200) {
            errors.add(new FieldError("displayName", "Size", null));
        }
        String email = Contacts.email(draft.email());
        if (!Contacts.validEmail(email)) {
            errors.add(new FieldError("email", "Email", null));
        } else if (email != null
                && accounts.findByEmail(email).filter(a -> !a.id().equals(self)).isPresent()) {
            errors.add(new FieldError("email", "EmailTaken", null));
        }
        String phone = Contacts.phone(draft.phone());
        if (!Contacts.validPhone(phone)) {
            errors.add(new FieldError("phone", "Phone", null));
        } else if (phone != null
                && accounts.findByPhone(phone).filter(a -> !a.id().equals(self)).isPresent()) {
            errors.add(new FieldError("phone", "PhoneTaken", null));
        }
        if (draft.roles().isEmpty()) {
            errors.add(new FieldError("roles", "RoleRequired", null));
        } else if (draft.roles().contains(Role.APPLICANT) && draft.roles().size() > 1) {
            errors.add(new FieldError("roles", "ApplicantAlone", null));
        }
        if (draft.agencyIds().stream().anyMatch(a -> catalog.agency(a).isEmpty())) {
            errors.add(new FieldError("agencyIds", "Invalid", null));
        } else if (draft.agencyIds().isEmpty() && draft.roles().stream().anyMatch(Role::needsAgency)) {
            errors.add(new FieldError("agencyIds", "AgencyRequired", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        return new Officer(name, email, phone, draft.roles(), draft.agencyIds());
    }

    private static void requireAdmin(CurrentUser admin) {
        if (admin == null || !admin.hasRole(Role.ADMIN)) {
            throw new DomainException("auth.forbidden", HttpStatus.FORBIDDEN);
        }
    }

    private UserAccount load(UUID userId) {
        return accounts.findById(userId).orElseThrow(() -> DomainException.notFound("identity.user_not_found", userId));
    }
}
