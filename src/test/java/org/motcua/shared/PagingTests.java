package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTests {

    @Test
    void eachProblemNamesItsParameter() {
        assertThat(Paging.problems(0, 20, 100)).isEmpty();
        assertThat(Paging.problems(-1, 20, 100)).containsExactly(new FieldError("page", "Min", null));
        assertThat(Paging.problems(0, 0, 100)).containsExactly(new FieldError("size", "Min", null));
        assertThat(Paging.problems(0, 101, 100)).containsExactly(new FieldError("size", "Max", null));
        assertThat(Paging.problems(-1, 0, 100))
                .containsExactly(new FieldError("page", "Min", null), new FieldError("size", "Min", null));
        assertThat(Paging.problems(Integer.MAX_VALUE, 100, 100)).containsExactly(new FieldError("page", "Max", null));
    }

    @Test
    void aPageIsAllowedDownToAMillionRowsAndNoFurther() {
        assertThat(Paging.problems(50_000, 20, 200)).isEmpty();
        assertThat(Paging.problems(50_001, 20, 200)).containsExactly(new FieldError("page", "Max", null));
        assertThat(Paging.problems(1_000_000, 1, 200)).isEmpty();
        assertThat(Paging.problems(1_000_001, 1, 200)).isNotEmpty();
        assertThatThrownBy(() -> Paging.check(Integer.MAX_VALUE, 200, 200))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("validation.failed");
    }

    @Test
    void theOffsetNeverOverflows() {
        assertThat(Paging.offset(Integer.MAX_VALUE, 200)).isEqualTo(429_496_729_400L);
        assertThat(Paging.offset(3, 20)).isEqualTo(60);
    }

    @Test
    void pagesClampWhatALinkAsks() {
        assertThat(Paging.clamp(-5, 20)).isZero();
        assertThat(Paging.clamp(Integer.MIN_VALUE, 20)).isZero();
        assertThat(Paging.clamp(7, 20)).isEqualTo(7);
        assertThat(Paging.clamp(Integer.MAX_VALUE, 20)).isEqualTo(50_000);
        assertThat(Paging.clamp(Integer.MAX_VALUE, 0)).isEqualTo(1_000_000);
    }
}
