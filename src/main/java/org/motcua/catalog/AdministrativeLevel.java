package org.motcua.catalog;

/** Level of government an agency belongs to or a procedure is carried out at. */
public enum AdministrativeLevel {
    CENTRAL,
    PROVINCE,
    /** Abolished on 1 Jul 2025; kept so that older agencies and procedures can still be imported. */
    DISTRICT,
    COMMUNE
}
