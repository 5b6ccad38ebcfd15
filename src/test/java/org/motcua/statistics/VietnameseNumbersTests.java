package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Vnd;

/** The numbers of the quoted reports, written as they wrote them. */
class VietnameseNumbersTests {

    @Test
    void countsRatesAndMoneyAsVietnameseReportsWriteThem() {
        assertThat(VietnameseNumbers.count(1_081)).isEqualTo("1.081");
        assertThat(VietnameseNumbers.count(61_911)).isEqualTo("61.911");
        assertThat(VietnameseNumbers.count(7)).isEqualTo("7");
        assertThat(VietnameseNumbers.percent(new BigDecimal("0.9930"))).isEqualTo("99,3%");
        assertThat(VietnameseNumbers.percent(new BigDecimal("0.2760"))).isEqualTo("27,6%");
        assertThat(VietnameseNumbers.percent(BigDecimal.ONE)).isEqualTo("100,0%");
        assertThat(VietnameseNumbers.percent(null)).isEqualTo("–");
        assertThat(VietnameseNumbers.money(Vnd.of(217_700_000))).isEqualTo("217,7 triệu đồng");
        assertThat(VietnameseNumbers.money(Vnd.of(3_800_000_000L))).isEqualTo("3,8 tỷ đồng");
        assertThat(VietnameseNumbers.money(Vnd.of(950_000))).isEqualTo("950.000 đồng");
    }

    @Test
    void changesAgainstTheWeekBefore() {
        // 1.135 received against 1.010: +12,4%.
        assertThat(VietnameseNumbers.change(1_135, 1_010, "tuần trước")).isEqualTo("+12,4% so với tuần trước");
        assertThat(VietnameseNumbers.change(90, 100, "tuần trước")).isEqualTo("-10,0% so với tuần trước");
        assertThat(VietnameseNumbers.change(5, 5, "tuần trước")).isEqualTo("bằng tuần trước");
        assertThat(VietnameseNumbers.change(5, 0, "tuần trước")).isEqualTo("(tuần trước: 0)");
        assertThat(VietnameseNumbers.points(new BigDecimal("0.998"), new BigDecimal("0.993")))
                .isEqualTo("+0,5 điểm %");
    }
}
