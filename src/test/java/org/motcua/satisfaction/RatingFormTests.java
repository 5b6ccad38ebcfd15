package org.motcua.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.motcua.shared.DomainException;

class RatingFormTests {

    @Test
    void notSatisfiedNeedsAReason() {
        assertThatThrownBy(() -> new RatingForm(Grade.NOT_SATISFIED, " \t", null, null, null, null).validated())
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.code()).isEqualTo("satisfaction.reason_required")));
        assertThat(new RatingForm(Grade.NOT_SATISFIED, "Phải đi lại hai lần", null, null, null, null)
                        .validated()
                        .reason())
                .isEqualTo("Phải đi lại hai lần");
    }

    @Test
    void theOverallGradeIsRequiredAndTheCriteriaAreNot() {
        assertThatThrownBy(() -> new RatingForm(null, null, Grade.SATISFIED, null, null, null).validated())
                .isInstanceOf(DomainException.class);
        assertThat(new RatingForm(Grade.SATISFIED, null, null, null, null, null).validated())
                .isNotNull();
    }

    @Test
    void theReasonIsKeptInNfc() {
        String decomposed = "Cho\u0302\u0300 la\u0302u"; // "Chờ lâu" typed with combining marks
        assertThat(new RatingForm(Grade.NOT_SATISFIED, decomposed, null, null, null, null).reason())
                .isEqualTo(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC));
    }

    @Test
    void onlyNotSatisfiedCountsAgainstTheRate() {
        assertThat(Grade.VERY_SATISFIED.satisfied()).isTrue();
        assertThat(Grade.SATISFIED.satisfied()).isTrue();
        assertThat(Grade.NOT_SATISFIED.satisfied()).isFalse();
    }
}
