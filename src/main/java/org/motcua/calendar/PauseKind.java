package org.motcua.calendar;

/** Why the clock of a dossier was paused. */
public enum PauseKind {
    /** Waiting for the applicant to supplement or correct the dossier (chờ bổ sung, hoàn thiện hồ sơ). */
    SUPPLEMENT("chờ bổ sung hồ sơ", "waiting for a supplement"),
    /** Waiting for fees, charges or taxes to be paid (chờ thực hiện nghĩa vụ tài chính). */
    FINANCIAL_OBLIGATION("chờ thực hiện nghĩa vụ tài chính", "waiting for financial obligations");

    private final String vi;
    private final String en;

    PauseKind(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
