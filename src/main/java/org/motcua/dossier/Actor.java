package org.motcua.dossier;

import java.util.UUID;

/** Who performs an action, as recorded in the history: the person, the role they acted in, their agency. */
public record Actor(UUID userId, String name, String role, UUID agencyId) {}
