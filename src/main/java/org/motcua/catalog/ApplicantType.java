package org.motcua.catalog;

public enum ApplicantType {
    CITIZEN,
    BUSINESS,
    ORGANISATION
}
