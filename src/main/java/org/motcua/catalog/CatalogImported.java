package org.motcua.catalog;

/** A catalog file was applied; counts of what changed. */
public record CatalogImported(
        int agenciesCreated,
        int agenciesUpdated,
        int fieldsCreated,
        int proceduresCreated,
        int versionsPublished,
        int proceduresUnchanged) {}
