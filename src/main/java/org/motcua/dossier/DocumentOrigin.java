package org.motcua.dossier;

/** How a paper of a dossier was digitised. */
public enum DocumentOrigin {
    /** Scanned by the reception officer at the counter. */
    SCANNED_AT_COUNTER,
    /** Uploaded by the applicant online. */
    UPLOADED,
    /** Taken from a result or paper the state already holds (the applicant's electronic data store). */
    REUSED
}
