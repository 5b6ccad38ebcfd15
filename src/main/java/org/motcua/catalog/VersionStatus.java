package org.motcua.catalog;

/** A procedure version is edited as a draft and becomes immutable once published. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
