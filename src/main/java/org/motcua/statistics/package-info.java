/**
 * Statistics and reports: the figures of a center, an agency, a field, a procedure or an officer for any
 * period, kept from the dossier events (never by scanning all dossiers), the weekly report due every
 * Friday morning, and the late-dossier list. Every figure is defined once, in {@link
 * org.motcua.statistics.Figures} and {@code docs/statistics.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.motcua.statistics;
