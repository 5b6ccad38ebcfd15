package org.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.FeeTier;
import org.motcua.catalog.FeeView;
import org.motcua.shared.DomainException;

class FeeAssessorTests {

    static final FeeView SIGNATURE =
            new FeeView("Phí chứng thực chữ ký", FeeKind.FIXED, 10_000L, "đồng/trường hợp", List.of(), null);
    static final FeeView COPIES = new FeeView(
            "Phí chứng thực bản sao từ bản chính",
            FeeKind.TIERED,
            2_000L,
            "đồng/trang",
            List.of(new FeeTier("Trang thứ nhất và thứ hai", 2_000), new FeeTier("Từ trang thứ ba trở lên", 1_000)),
            "Tối đa không quá 200.000 đồng/bản");
    static final FeeView PAGES =
            new FeeView("Phí cung cấp thông tin", FeeKind.PER_UNIT, 5_000L, "đồng/trang", List.of(), null);

    @Test
    void aFixedFeeCountsItsCasesAndAPerUnitFeeItsUnits() {
        var c = FeeAssessor.compute(
                List.of(SIGNATURE, COPIES, PAGES),
                List.of(new FeeLineInput(0, null, null, null, null), new FeeLineInput(2, 3L, null, null, null)));
        assertThat(c.totalVnd()).isEqualTo(10_000 + 15_000);
        assertThat(c.lines().get(1).counted()).isEqualTo("3 × 5.000");
    }

    @Test
    void aGraduatedFeeSumsItsTiersUpToThePublishedCap() {
        var c = FeeAssessor.compute(List.of(COPIES), List.of(new FeeLineInput(0, null, List.of(2L, 5L), null, null)));
        assertThat(c.totalVnd()).isEqualTo(2 * 2_000 + 5 * 1_000);
        var capped =
                FeeAssessor.compute(List.of(COPIES), List.of(new FeeLineInput(0, null, List.of(2L, 400L), null, null)));
        assertThat(capped.totalVnd()).isEqualTo(200_000);
        assertThat(capped.lines().getFirst().capVnd()).isEqualTo(200_000);
    }

    @Test
    void anExemptionOrReductionNeedsItsLegalReasonAndRoundsTheAmountOwedDown() {
        assertThatThrownBy(() -> FeeAssessor.compute(List.of(PAGES), List.of(new FeeLineInput(0, 3L, null, 50, " "))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.code())
                        .containsExactly("lines[0].reductionReason:ReasonRequired"));
        var reduced = FeeAssessor.compute(
                List.of(new FeeView("Lệ phí", FeeKind.FIXED, 15_001L, null, List.of(), null)),
                List.of(new FeeLineInput(0, null, null, 50, "Người có công với cách mạng (Điều 5)")));
        assertThat(reduced.totalVnd()).isEqualTo(7_500);
        assertThat(reduced.lines().getFirst().reductionReason()).isEqualTo("Người có công với cách mạng (Điều 5)");
        var exempt = FeeAssessor.compute(List.of(SIGNATURE), List.of(new FeeLineInput(0, null, null, 100, "Hộ nghèo")));
        assertThat(exempt.totalVnd()).isZero();
    }

    @Test
    void refusesUnknownFeesNegativeQuantitiesAndTiersThatDoNotMatch() {
        assertThatThrownBy(() -> FeeAssessor.compute(
                        List.of(SIGNATURE, COPIES, PAGES),
                        List.of(
                                new FeeLineInput(7, null, null, null, null),
                                new FeeLineInput(2, -1L, null, null, null),
                                new FeeLineInput(1, null, List.of(1L), null, null),
                                new FeeLineInput(0, null, null, 120, "x"))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.code())
                        .containsExactly(
                                "lines[0].fee:UnknownFee",
                                "lines[1].quantity:Range",
                                "lines[2].tierQuantities:OnePerTier",
                                "lines[3].reductionPercent:Range"));
        assertThatThrownBy(() -> FeeAssessor.compute(List.of(SIGNATURE), List.of()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void writesAmountsOutInVietnamese() {
        assertThat(AmountInWords.of(10_000)).isEqualTo("Mười nghìn đồng");
        assertThat(AmountInWords.of(150_000)).isEqualTo("Một trăm năm mươi nghìn đồng");
        assertThat(AmountInWords.of(1_250_000)).isEqualTo("Một triệu hai trăm năm mươi nghìn đồng");
        assertThat(AmountInWords.of(2_005_021))
                .isEqualTo("Hai triệu không trăm linh năm nghìn không trăm hai mươi mốt đồng");
        assertThat(AmountInWords.of(15_000)).isEqualTo("Mười lăm nghìn đồng");
        assertThat(AmountInWords.of(1_000_000_000)).isEqualTo("Một tỷ đồng");
    }
}
