package org.motcua.dossier;

/**
 * A module that acts on dossiers as the system, not as a person: what it may do is fixed here, and its
 * actions are recorded in the history under its name.
 */
public enum SystemModule {
    /** A payment gateway confirmed that the applicant paid. */
    PAYMENTS("payments", "Hệ thống thanh toán"),
    /** The postal service reported the result delivered. */
    POSTAL("postal", "Dịch vụ bưu chính"),
    /** The national public-service portal handed over a dossier, a supplement or a withdrawal. */
    NATIONAL_PORTAL("national-portal", "Cổng Dịch vụ công quốc gia"),
    /** Scheduled work of this system (deadline watch, clean-up). */
    SCHEDULER("scheduler", "Hệ thống motcua");

    private final String id;
    private final String displayName;

    SystemModule(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The module's stable name, as events and the history record it. */
    public String id() {
        return id;
    }

    /** The name shown in a dossier's timeline (Vietnamese, as the history is). */
    public String displayName() {
        return displayName;
    }
}
