package org.motcua.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * What an administrator writes into a counter. Officers listed here leave any other counter they sat
 * at (an officer sits at one counter). {@code active} absent means open.
 */
public record CounterDraft(
        int number, String name, Set<UUID> agencyIds, Set<String> fieldCodes, Set<UUID> officerIds, Boolean active) {

    public CounterDraft {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
        officerIds = officerIds == null ? Set.of() : Set.copyOf(officerIds);
        active = active == null || active;
    }

    /** An open counter. */
    public CounterDraft(int number, String name, Set<UUID> agencyIds, Set<String> fieldCodes, Set<UUID> officerIds) {
        this(number, name, agencyIds, fieldCodes, officerIds, true);
    }
}
