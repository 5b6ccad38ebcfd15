package org.motcua.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** A procedure stops being received from {@code retiredFrom}; dossiers already received keep it. */
public record ProcedureRetired(UUID procedureId, LocalDate retiredFrom) {}
