package org.motcua.documents;

/**
 * The circular whose form templates a dossier follows (docs/domain.md §2, §4): Circular 01/2018 for dossiers
 * received until 30 June 2025, Circular 03/2025 from 1 July 2025. The names equal the dossier's rule set.
 */
public enum Circular {
    TT01_2018,
    TT03_2025
}
