package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Actor;

/**
 * What a handler knows besides the dossier and the command: the procedure version the dossier was
 * received under, who acts (as the history records it, and as the permission rules know them) and now.
 */
public record Acting(ProcedureView procedure, Actor actor, ActedBy by, LocalDateTime now) {}
