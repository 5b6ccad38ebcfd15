/**
 * Catalog: agencies (tree, versioned official codes), service centers and counters, fields, procedures
 * with their versions, required documents, fees, processing times and internal workflows; search,
 * import and export. Other modules read it through {@link org.motcua.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.motcua.catalog;
