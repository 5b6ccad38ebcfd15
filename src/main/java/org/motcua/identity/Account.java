package org.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as administrators and its owner see it: contact details and state besides what {@link
 * CurrentUser} carries.
 *
 * @param lockedUntil when a lockout after wrong passwords ends; {@code null} unless {@link
 *     Status#TEMPORARILY_LOCKED}
 */
public record Account(
        UUID id,
        String username,
        String displayName,
        String email,
        String phone,
        Set<Role> roles,
        Set<UUID> agencyIds,
        Status status,
        Instant lockedUntil,
        Instant createdAt)
        implements java.io.Serializable {

    public Account {
        roles = Set.copyOf(roles);
        agencyIds = Set.copyOf(agencyIds);
    }

    public enum Status {
        /** Can sign in. */
        ACTIVE,
        /** Registered, but the e-mail or phone has not been verified yet: cannot sign in. */
        PENDING_VERIFICATION,
        /** Locked by an administrator until unlocked. */
        LOCKED,
        /** Locked for a while after too many wrong passwords. */
        TEMPORARILY_LOCKED
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
