package org.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. Failed-login counters are changed by {@link LoginAttempts} with single SQL updates
 * (they must not race with the account's optimistic version), so this aggregate only reads them —
 * except when an administrator locks or unlocks it: that lock is written with the account, and
 * {@link #LOCKED_BY_ADMINISTRATOR} (a date no lockout reaches) tells it apart from a lockout after wrong
 * passwords.
 */
@Table(schema = "identity", name = "user_account")
class UserAccount {

    @Id
    private final UUID id;

    private final String username;
    private String passwordHash;
    private String displayName;
    private String email;
    private String phone;
    private boolean enabled;
    private boolean pendingVerification;
    private int failedAttempts;
    private Instant lockedUntil;
    private final Instant createdAt;

    @MappedCollection(idColumn = "user_account")
    private Set<RoleGrant> roles;

    @MappedCollection(idColumn = "user_account")
    private Set<AgencyAssignment> agencies;

    @Version
    private Long version;

    /** What was changed since the account was loaded, for the audit trail ({@link AccountAudit}). */
    @Transient
    private final Set<String> changes = new java.util.TreeSet<>();

    @PersistenceCreator
    UserAccount(
            UUID id,
            String username,
            String passwordHash,
            String displayName,
            String email,
            String phone,
            boolean enabled,
            boolean pendingVerification,
            int failedAttempts,
            Instant lockedUntil,
            Instant createdAt,
            Set<RoleGrant> roles,
            Set<AgencyAssignment> agencies,
            Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.enabled = enabled;
        this.pendingVerification = pendingVerification;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.roles = roles;
        this.agencies = agencies;
        this.version = version;
    }

    static UserAccount create(String username, String passwordHash, String displayName, Set<Role> roles, Instant now) {
        return new UserAccount(
                UUID.randomUUID(),
                username,
                passwordHash,
                displayName,
                null,
                null,
                true,
                false,
                0,
                null,
                now,
                roles.stream().map(r -> new RoleGrant(r.name())).collect(Collectors.toSet()),
                Set.of(),
                null);
    }

    /** Where an administrator's lock ends: never, in practice, until it is lifted. */
    static final Instant LOCKED_BY_ADMINISTRATOR = Instant.parse("9999-12-31T00:00:00Z");

    /** A self-registered applicant: cannot sign in until {@link #verify()}. */
    static UserAccount register(
            String username, String passwordHash, String displayName, String email, String phone, Instant now) {
        UserAccount account = create(username, passwordHash, displayName, Set.of(Role.APPLICANT), now);
        account.contact(email, phone);
        account.pendingVerification = true;
        return account;
    }

    void verify() {
        changes.add("verified");
        this.pendingVerification = false;
    }

    void lock() {
        changes.add("locked");
        this.lockedUntil = LOCKED_BY_ADMINISTRATOR;
    }

    /** Lifts an administrator's lock and a lockout after wrong passwords alike. */
    void unlock() {
        changes.add("unlocked");
        this.lockedUntil = null;
        this.failedAttempts = 0;
    }

    void rename(String displayName) {
        if (!displayName.equals(this.displayName)) {
            changes.add("name");
        }
        this.displayName = displayName;
    }

    void changePassword(String passwordHash) {
        changes.add("password");
        this.passwordHash = passwordHash;
    }

    void grantRoles(Set<Role> roles) {
        Set<RoleGrant> granted =
                roles.stream().map(r -> new RoleGrant(r.name())).collect(Collectors.toSet());
        if (!granted.equals(this.roles)) {
            changes.add("roles");
        }
        this.roles = granted;
    }

    Account toAccount(Instant now) {
        Account.Status status;
        if (pendingVerification) {
            status = Account.Status.PENDING_VERIFICATION;
        } else if (LOCKED_BY_ADMINISTRATOR.equals(lockedUntil)) {
            status = Account.Status.LOCKED;
        } else if (lockedAt(now)) {
            status = Account.Status.TEMPORARILY_LOCKED;
        } else {
            status = Account.Status.ACTIVE;
        }
        CurrentUser user = toCurrentUser();
        return new Account(
                id,
                username,
                displayName,
                email,
                phone,
                user.roles(),
                user.agencyIds(),
                status,
                status == Account.Status.TEMPORARILY_LOCKED ? lockedUntil : null,
                createdAt);
    }

    void contact(String email, String phone) {
        if (!java.util.Objects.equals(email, this.email) || !java.util.Objects.equals(phone, this.phone)) {
            changes.add("contact");
        }
        this.email = email;
        this.phone = phone;
    }

    void assignAgencies(Set<UUID> agencyIds) {
        Set<AgencyAssignment> assigned =
                agencyIds.stream().map(AgencyAssignment::new).collect(Collectors.toSet());
        if (!assigned.equals(this.agencies)) {
            changes.add("agencies");
        }
        this.agencies = assigned;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(
                id,
                username,
                displayName,
                roles.stream().map(r -> Role.valueOf(r.role())).collect(Collectors.toSet()),
                agencies.stream().map(AgencyAssignment::agencyId).collect(Collectors.toSet()));
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What changed since the account was loaded or created (names of fields, never their values). */
    Set<String> changes() {
        return changes;
    }

    boolean isNew() {
        return version == null || version == 0;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean pendingVerification() {
        return pendingVerification;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    @Table(schema = "identity", name = "user_role")
    record RoleGrant(String role) {}

    @Table(schema = "identity", name = "user_agency")
    record AgencyAssignment(UUID agencyId) {}
}
