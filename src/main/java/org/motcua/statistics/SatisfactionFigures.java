package org.motcua.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The applicants' ratings of one scope and period (defined in {@code docs/statistics.md}, "Satisfaction"):
 * dossiers rated, by overall grade, counted on the day the rating was first given, with the grade of its
 * last revision. The satisfaction rate is (very satisfied + satisfied) / rated, null when nothing was rated.
 */
public record SatisfactionFigures(long verySatisfied, long satisfied, long notSatisfied) {

    public static final SatisfactionFigures NONE = new SatisfactionFigures(0, 0, 0);

    @JsonProperty
    public long rated() {
        return verySatisfied + satisfied + notSatisfied;
    }

    /** (very satisfied + satisfied) / rated. */
    @JsonProperty
    public BigDecimal satisfactionRate() {
        return Figures.ratio(verySatisfied + satisfied, rated());
    }

    public SatisfactionFigures plus(SatisfactionFigures o) {
        return new SatisfactionFigures(
                verySatisfied + o.verySatisfied, satisfied + o.satisfied, notSatisfied + o.notSatisfied);
    }
}
