package org.motcua.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The address rules, the tariff and the demo carrier's item numbers, without Spring. */
class PostalRulesTests {

    final AdministrativeUnits units = new AdministrativeUnits(settings());

    static PostalSettings settings() {
        return new PostalSettings(
                Map.of(),
                Map.of(),
                "",
                "classpath:postal/units-hong-lam.csv",
                new PostalSettings.Tariff(22_000, 500, 4_000, 500),
                300,
                java.time.Duration.ofMinutes(10));
    }

    @Test
    void theDemoProvinceHasCommunesAndNoDistricts() {
        Province p = units.province();
        assertThat(p.code()).isEqualTo("41");
        assertThat(p.name()).isEqualTo("Tỉnh Hồng Lam");
        assertThat(p.communes()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(p.communes()).extracting(Commune::level).containsOnly("Phường", "Xã", "Đặc khu");
        assertThat(p.communes())
                .extracting(Commune::code)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("\\d{5}"));
        assertThat(p.communes()).extracting(Commune::name).doesNotHaveDuplicates();
    }

    @Test
    void anAddressIsACommuneOfTheProvinceAndAStreetAndReadsBackFromItsText() {
        PostalAddress a = units.address("41", "41001", "  Số 12 Lê Lợi ");
        assertThat(a.text()).isEqualTo("Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam");
        assertThat(units.parse(a.text())).contains(a);
        // A street with commas of its own keeps them.
        PostalAddress b = units.address("41", "41088", "Thôn 3, xóm Bãi");
        assertThat(units.parse(b.text())).contains(b);
        // Free text typed at the desk without the province is no structured address.
        assertThat(units.parse("12 Lê Lợi, Phường Hồng Sơn")).isEmpty();
        assertThat(units.parse("12 Lê Lợi, phường Không Có, tỉnh Hồng Lam")).isEmpty();
        assertThat(units.parse(null)).isEmpty();
    }

    @Test
    void anAddressOutsideTheProvincesCommunesIsRefusedByName() {
        assertThatThrownBy(() -> units.address("41", "00004", "Số 1"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("postal.outside_province");
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.args()).containsExactly("Tỉnh Hồng Lam");
                    assertThat(e.fieldErrors())
                            .extracting(f -> f.field() + ":" + f.code())
                            .containsExactly("commune:OutsideProvince");
                });
        assertThatThrownBy(() -> units.address("01", "41001", "Số 1"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly("province:OutsideProvince"));
        assertThatThrownBy(() -> units.address("41", " ", "")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.fieldErrors())
                    .extracting(f -> f.field() + ":" + f.code())
                    .containsExactlyInAnyOrder("street:NotBlank", "commune:NotBlank");
        });
        assertThatThrownBy(() -> units.address("41", "41001", "x".repeat(301)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly("street:Size"));
    }

    @Test
    void theTariffChargesTheBaseThenEachStartedStep() {
        PostalSettings.Tariff t = new PostalSettings.Tariff(22_000, 500, 4_000, 500);
        assertThat(t.postage(1)).isEqualTo(22_000);
        assertThat(t.postage(500)).isEqualTo(22_000);
        assertThat(t.postage(501)).isEqualTo(26_000);
        assertThat(t.postage(1000)).isEqualTo(26_000);
        assertThat(t.postage(1001)).isEqualTo(30_000);
    }

    @Test
    void theDemoCarrierNumbersParcelsLikeRegisteredMailWithTheUpuCheckDigit() {
        // UPU S10 worked example: serial 47312482 has check digit 9 (RR473124829GB).
        assertThat(DemoCarrier.s10("RR", 47_312_482)).isEqualTo("RR473124829VN");
        assertThat(DemoCarrier.s10("HL", 10_000_001)).matches("HL\\d{9}VN");
    }
}
