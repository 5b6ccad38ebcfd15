package org.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency or sub-unit.
 *
 * @param code official code in force; {@link #previousCodes()} are the codes it had before (a merger,
 *     a re-coding) and still resolve to it
 * @param workingHours working sessions when they differ from the province's, {@code null} otherwise
 * @param activeFrom first day of activity, {@code null} if not recorded
 * @param activeTo last day of activity (dissolved, merged), {@code null} while active
 */
public record AgencyView(
        UUID id,
        String code,
        String name,
        String shortName,
        AdministrativeLevel level,
        AgencyType type,
        UUID parentId,
        String address,
        String phone,
        String email,
        String workingHours,
        LocalDate activeFrom,
        LocalDate activeTo,
        List<String> previousCodes) {

    public AgencyView {
        previousCodes = List.copyOf(previousCodes);
    }

    /** Provincial and commune service centers receive dossiers and have counters. */
    public boolean isServiceCenter() {
        return type == AgencyType.SERVICE_CENTER || type == AgencyType.COMMUNE_CENTER;
    }
}
