package org.motcua.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * A counter (quầy) of a service center: the agencies and fields whose dossiers it receives and the
 * officers (user ids) who sit at it. A closed counter ({@code active} false) keeps its set-up.
 */
public record CounterView(
        UUID id,
        UUID centerId,
        int number,
        String name,
        Set<UUID> agencyIds,
        Set<String> fieldCodes,
        Set<UUID> officerIds,
        boolean active) {

    public CounterView {
        agencyIds = Set.copyOf(agencyIds);
        fieldCodes = Set.copyOf(fieldCodes);
        officerIds = Set.copyOf(officerIds);
    }
}
