package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.UUID;

/** A workflow step the dossier enters: its order, the agency or unit responsible, and its due time. */
public record StepEntry(int order, UUID agencyId, LocalDateTime due) {}
