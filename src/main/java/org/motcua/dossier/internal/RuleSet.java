package org.motcua.dossier.internal;

import java.time.LocalDate;

/**
 * The body of rules a dossier follows for its whole life, chosen by its receipt date (docs/domain.md §2):
 * Decree 61/2018 with Circular 01/2018 until 30 June 2025, Decree 118/2025 with Circular 03/2025 from
 * 1 July 2025. Forms, their numbers and the evaluation depend on it.
 */
public final class RuleSet {

    public static final String CIRCULAR_01_2018 = "TT01_2018";
    public static final String CIRCULAR_03_2025 = "TT03_2025";

    private static final LocalDate DECREE_118_IN_FORCE = LocalDate.of(2025, 7, 1);

    private RuleSet() {}

    public static String at(LocalDate receipt) {
        return receipt.isBefore(DECREE_118_IN_FORCE) ? CIRCULAR_01_2018 : CIRCULAR_03_2025;
    }
}
