package org.motcua.nationalportal;

import java.time.Instant;
import java.util.UUID;

/** A procedure's code on the national portal (MaTTHC) and its local code; where its dossiers are received. */
public record ProcedureMapping(String nationalCode, String procedureCode, UUID receivingCenterId, Instant updatedAt) {}
