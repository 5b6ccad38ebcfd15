package org.motcua.catalog;

/** Who acts in a workflow step. */
public enum StepRole {
    RECEPTION_OFFICER,
    SPECIALIST,
    UNIT_LEADER,
    AGENCY_LEADER
}
