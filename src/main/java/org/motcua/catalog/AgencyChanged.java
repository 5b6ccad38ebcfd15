package org.motcua.catalog;

import java.util.UUID;

/** An agency was created or changed (name, code, place in the tree, active period). */
public record AgencyChanged(UUID agencyId, String code) {}
