package org.motcua.identity;

import java.util.Set;
import java.util.UUID;

/** The signed-in person as other modules see them. Declare it as a controller parameter to receive it. */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, Set<UUID> agencyIds)
        implements java.io.Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
        agencyIds = Set.copyOf(agencyIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isOfficer() {
        return roles.stream().anyMatch(Role::isOfficer);
    }

    /** Whether this officer serves {@code agencyId}; administrators and supervisors see every agency. */
    public boolean serves(UUID agencyId) {
        return hasRole(Role.ADMIN) || hasRole(Role.SUPERVISOR) || agencyIds.contains(agencyId);
    }
}
