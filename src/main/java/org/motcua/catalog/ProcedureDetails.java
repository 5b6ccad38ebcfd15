package org.motcua.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A procedure version with the agencies it names, as a citizen reads it: who decides, where to
 * submit (address, phone) and which units carry out the steps.
 *
 * @param receivingCenters the centers that receive it; every center of the province when the
 *     procedure is received everywhere
 * @param agencyNames names of every agency the version refers to (steps, partners), by id
 */
public record ProcedureDetails(
        ProcedureView procedure,
        AgencyView competentAgency,
        List<AgencyView> receivingCenters,
        List<AgencyView> lienThongPartners,
        Map<UUID, String> agencyNames) {

    public ProcedureDetails {
        receivingCenters = List.copyOf(receivingCenters);
        lienThongPartners = List.copyOf(lienThongPartners);
        agencyNames = Map.copyOf(agencyNames);
    }
}
