package org.motcua.dossier;

import java.util.UUID;

/**
 * Who took an action, as the history row and the event record it.
 *
 * @param accountId the person's account; null when a module acted as the system
 * @param name the person's display name, or the system module's name
 * @param role the role the person acted in (e.g. SPECIALIST), or {@code SYSTEM}
 * @param agencyId the agency the action was taken for (the current step's, or the receiving center)
 * @param system the module that acted, or null for a person
 */
public record ActedBy(UUID accountId, String name, String role, UUID agencyId, SystemModule system) {

    public static final String SYSTEM_ROLE = "SYSTEM";

    public static ActedBy system(SystemModule module, UUID agencyId) {
        return new ActedBy(null, module.displayName(), SYSTEM_ROLE, agencyId, module);
    }

    public boolean isSystem() {
        return system != null;
    }
}
