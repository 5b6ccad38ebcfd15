package org.motcua.catalog;

import java.util.UUID;
import org.motcua.shared.Paging;

/**
 * A catalog search. Every criterion is optional.
 *
 * @param text words in Vietnamese, with or without diacritics, typos tolerated
 * @param agencyId the competent agency or any of its sub-units
 * @param fieldCode the field's code
 * @param page from 0; the API checks it ({@link Paging#check}), anything else is brought into range
 */
public record ProcedureQuery(
        String text, UUID agencyId, String fieldCode, Channel channel, OnlineLevel onlineLevel, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ProcedureQuery {
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
        page = Paging.clamp(page, size);
    }
}
