package org.motcua.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** A procedure version was published; it applies to dossiers received from {@code effectiveFrom}. */
public record ProcedurePublished(UUID procedureId, UUID versionId, int version, LocalDate effectiveFrom) {}
