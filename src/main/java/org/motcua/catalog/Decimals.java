package org.motcua.catalog;

import java.math.BigDecimal;

final class Decimals {

    private Decimals() {}

    /** Without trailing zeros but never in exponent form: 2.50 → 2.5, 10.0 → 10 (not 1E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
