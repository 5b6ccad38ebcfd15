package org.motcua.catalog;

import java.util.Set;
import java.util.UUID;

/** What an administrator writes into a counter. */
public record CounterDraft(int number, String name, Set<UUID> agencyIds, Set<String> fieldCodes, Set<UUID> officerIds) {

    public CounterDraft {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
        officerIds = officerIds == null ? Set.of() : Set.copyOf(officerIds);
    }
}
