package org.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;

/**
 * Who took an action, as the history row and the event record it.
 *
 * @param accountId the person's account; null when a module acted as the system
 * @param name the person's display name, or the system module's name
 * @param role the role the person acted in (e.g. SPECIALIST), or {@code SYSTEM}
 * @param agencyId the agency the action was taken for (the current step's, or the receiving center)
 * @param system the module that acted, or null for a person
 */
public record ActedBy(
        UUID accountId,
        String name,
        String role,
        UUID agencyId,
        @JsonProperty("system") SystemModule system) {

    public static final String SYSTEM_ROLE = "SYSTEM";

    /**
     * The actor as the history records them, acting for {@code agencyId}: a person in the role they act in
     * (the first of their roles other than ADMIN, by name), or the module.
     */
    public static ActedBy of(Actor actor, UUID agencyId) {
        return switch (actor) {
            case Actor.System s -> system(s.module(), agencyId);
            case Actor.Person p -> {
                CurrentUser user = p.user();
                String role = user.roles().stream()
                        .filter(r -> r != Role.ADMIN)
                        .map(Enum::name)
                        .sorted()
                        .findFirst()
                        .orElse(Role.ADMIN.name());
                yield new ActedBy(user.id(), user.displayName(), role, agencyId, null);
            }
        };
    }

    public static ActedBy system(SystemModule module, UUID agencyId) {
        return new ActedBy(null, module.displayName(), SYSTEM_ROLE, agencyId, module);
    }

    // Not a property: as one it took the name "system" from the module, so an event read back from the
    // event publication registry (after a restart) failed on a boolean where the module was expected.
    @JsonIgnore
    public boolean isSystem() {
        return system != null;
    }
}
