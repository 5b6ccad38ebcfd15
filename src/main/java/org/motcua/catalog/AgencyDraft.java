package org.motcua.catalog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an administrator writes into an agency. Changing {@link #code()} keeps the old code linked to
 * the agency so that history recorded under it still resolves.
 */
public record AgencyDraft(
        String code,
        UUID parentId,
        String name,
        String shortName,
        AdministrativeLevel level,
        AgencyType type,
        String address,
        String phone,
        String email,
        String workingHours,
        LocalDate activeFrom,
        LocalDate activeTo) {

    /** The agency as it is now, to change a few values of. */
    public static AgencyDraft of(AgencyView a) {
        return new AgencyDraft(
                a.code(),
                a.parentId(),
                a.name(),
                a.shortName(),
                a.level(),
                a.type(),
                a.address(),
                a.phone(),
                a.email(),
                a.workingHours(),
                a.activeFrom(),
                a.activeTo());
    }

    public AgencyDraft withActiveTo(LocalDate lastDay) {
        return new AgencyDraft(
                code, parentId, name, shortName, level, type, address, phone, email, workingHours, activeFrom, lastDay);
    }
}
