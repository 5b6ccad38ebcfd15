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
        LocalDate activeTo) {}
