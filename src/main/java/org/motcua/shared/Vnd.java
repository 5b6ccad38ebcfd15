package org.motcua.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * An amount of money in whole Vietnamese đồng: the đồng has no subunit in use, so every fee, tax and
 * receipt is a whole number. Never a floating-point value. In JSON it is a plain number.
 */
@Schema(type = "integer", format = "int64", minimum = "0", description = "An amount in whole đồng (VND)")
public record Vnd(long dong) implements Comparable<Vnd> {

    public static final Vnd ZERO = new Vnd(0);

    public Vnd {
        if (dong < 0) {
            throw new IllegalArgumentException("an amount of money is never negative: " + dong);
        }
    }

    public static Vnd of(long dong) {
        return new Vnd(dong);
    }

    /** From JSON: a whole number of đồng; 1.5 is refused rather than rounded. */
    @JsonCreator
    static Vnd parse(BigDecimal amount) {
        try {
            return new Vnd(amount.longValueExact());
        } catch (ArithmeticException notWhole) {
            throw new IllegalArgumentException("an amount of money is a whole number of đồng: " + amount);
        }
    }

    @JsonValue
    @Override
    public long dong() {
        return dong;
    }

    public Vnd plus(Vnd other) {
        return new Vnd(Math.addExact(dong, other.dong));
    }

    public boolean isZero() {
        return dong == 0;
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return dong + " VND";
    }
}
