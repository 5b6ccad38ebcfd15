package org.motcua.identity;

/** What a person may do in motcua. An officer's roles apply within the agencies they serve. */
public enum Role {
    /** A citizen, business or organisation submitting and tracking their own dossiers. */
    APPLICANT,
    /** Receives dossiers and returns results at the one-stop desk. */
    RECEPTION_OFFICER,
    /** Appraises dossiers for the competent agency. */
    SPECIALIST,
    /** Reviews and assigns the work of a unit (phòng). */
    UNIT_LEADER,
    /** Approves and signs for an agency. */
    AGENCY_LEADER,
    /** Runs the service center: counters, queues, figures. */
    CENTER_MANAGER,
    /** Read-only oversight for the provincial People's Committee. */
    SUPERVISOR,
    /** Administers users, the catalog and the calendar. */
    ADMIN;

    public boolean isOfficer() {
        return this != APPLICANT;
    }

    /**
     * Whether the role acts for particular agencies and so needs at least one assigned: administrators
     * and supervisors see every agency, applicants none.
     */
    public boolean needsAgency() {
        return switch (this) {
            case RECEPTION_OFFICER, SPECIALIST, UNIT_LEADER, AGENCY_LEADER, CENTER_MANAGER -> true;
            case APPLICANT, SUPERVISOR, ADMIN -> false;
        };
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
