package org.motcua.catalog;

/** Online public service level since Decree 42/2022. */
public enum OnlineLevel {
    /** Fully online; the result is returned online or by post. */
    TOAN_TRINH,
    /** Partly online. */
    MOT_PHAN
}
