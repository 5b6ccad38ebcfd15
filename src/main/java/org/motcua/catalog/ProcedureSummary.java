package org.motcua.catalog;

import java.util.Set;
import java.util.UUID;

/** One search hit: enough to list a procedure and link to it. */
public record ProcedureSummary(
        UUID id,
        String code,
        String nationalCode,
        String name,
        String fieldCode,
        String fieldName,
        UUID competentAgencyId,
        String competentAgencyName,
        AdministrativeLevel level,
        Set<Channel> channels,
        OnlineLevel onlineLevel,
        ProcessingTime processingTime) {

    public ProcedureSummary {
        channels = Set.copyOf(channels);
    }
}
