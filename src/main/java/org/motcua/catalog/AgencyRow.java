package org.motcua.catalog;

import java.util.List;

/**
 * One agency of the tree.
 *
 * @param code official code (mã định danh), an opaque string such as {@code 000.00.00.H41}
 * @param parentCode code of the parent agency, {@code null} for a root
 * @param previousCodes codes this agency had before a merger or re-coding, so history stays comparable
 */
public record AgencyRow(
        String code,
        String parentCode,
        String name,
        String shortName,
        AdministrativeLevel level,
        AgencyType type,
        String address,
        String phone,
        String email,
        List<String> previousCodes) {

    public AgencyRow {
        previousCodes = List.copyOf(previousCodes);
    }
}
