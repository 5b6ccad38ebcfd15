package org.motcua.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * A counter (quầy) of a service center: the agencies and fields whose dossiers it receives and the
 * officers (user ids) who sit at it.
 */
public record CounterView(
        UUID id,
        UUID centerId,
        int number,
        String name,
        Set<UUID> agencyIds,
        Set<String> fieldCodes,
        Set<UUID> officerIds) {

    public CounterView {
        agencyIds = Set.copyOf(agencyIds);
        fieldCodes = Set.copyOf(fieldCodes);
        officerIds = Set.copyOf(officerIds);
    }
}
