package org.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. Failed-login counters are changed by {@link LoginAttempts} with single SQL updates
 * (they must not race with the account's optimistic version), so this aggregate only reads them.
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
    private final int failedAttempts;
    private final Instant lockedUntil;
    private final Instant createdAt;

    @MappedCollection(idColumn = "user_account")
    private Set<RoleGrant> roles;

    @MappedCollection(idColumn = "user_account")
    private Set<AgencyAssignment> agencies;

    @Version
    private Long version;

    @PersistenceCreator
    UserAccount(
            UUID id,
            String username,
            String passwordHash,
            String displayName,
            String email,
            String phone,
            boolean enabled,
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
                0,
                null,
                now,
                roles.stream().map(r -> new RoleGrant(r.name())).collect(Collectors.toSet()),
                Set.of(),
                null);
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    void assignAgencies(Set<UUID> agencyIds) {
        this.agencies = agencyIds.stream().map(AgencyAssignment::new).collect(Collectors.toSet());
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

    int failedAttempts() {
        return failedAttempts;
    }

    @Table(schema = "identity", name = "user_role")
    record RoleGrant(String role) {}

    @Table(schema = "identity", name = "user_agency")
    record AgencyAssignment(UUID agencyId) {}
}
