package org.motcua.catalog;

/** Kind of agency; decides what an agency can be used for (approving, receiving dossiers …). */
public enum AgencyType {
    /** Ủy ban nhân dân (tỉnh, xã). */
    PEOPLES_COMMITTEE,
    /** Sở and agencies of the same rank under the provincial People's Committee. */
    DEPARTMENT,
    /** Ban quản lý khu công nghiệp / khu kinh tế. */
    MANAGEMENT_BOARD,
    /** Trung tâm Phục vụ hành chính công tỉnh. */
    SERVICE_CENTER,
    /** Trung tâm Phục vụ hành chính công xã, phường. */
    COMMUNE_CENTER,
    /** Phòng, chi cục, văn phòng inside an agency. */
    SUB_UNIT,
    /** Vertically managed agency located in the province (tax, social insurance, police …). */
    BRANCH
}
