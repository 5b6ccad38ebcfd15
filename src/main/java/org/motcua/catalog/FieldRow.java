package org.motcua.catalog;

/** A field (lĩnh vực) procedures are grouped by. */
public record FieldRow(String code, String name) {}
