package org.motcua.catalog;

import java.util.UUID;

/** A field (lĩnh vực) with the number of procedures currently published in it. */
public record FieldView(UUID id, String code, String name, long procedureCount) {}
