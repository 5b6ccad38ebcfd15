package org.motcua.catalog.importing;

/** A row read from a sheet, with the row number problems are reported at. */
public record Located<R>(R value, int rowNumber) {}
