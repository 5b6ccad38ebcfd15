package org.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a procedure's version history. */
public record ProcedureVersionSummary(
        UUID versionId,
        int version,
        VersionStatus status,
        LocalDate effectiveFrom,
        Instant publishedAt,
        String name,
        ProcessingTime processingTime,
        int steps) {}
