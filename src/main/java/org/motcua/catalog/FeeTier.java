package org.motcua.catalog;

/** One tier of a tiered fee, e.g. "Loại B" = 1,500,000 đồng. */
public record FeeTier(String label, long amountVnd) {}
