package org.motcua.dossier;

/** How the applicant receives the result. */
public enum DeliveryMethod {
    /** Collected at the one-stop desk. */
    COUNTER,
    /** Sent by the public postal service to the applicant's address. */
    POSTAL,
    /** Delivered into the applicant's electronic data store. */
    ELECTRONIC
}
