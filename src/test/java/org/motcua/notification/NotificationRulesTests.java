package org.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;

/** Phone numbers, SMS arithmetic, placeholders, quiet hours and the backoff. */
class NotificationRulesTests {

    @Test
    void phoneNumbersBecomePlus84() {
        assertThat(PhoneNumbers.normalise("phone", "0912345678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.normalise("phone", "84912345678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.normalise("phone", "+84 912 345 678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.normalise("phone", "0912.345.678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.normalise("phone", "(+84) 0912-345-678")).isEqualTo("+84912345678");
        assertThat(PhoneNumbers.normalise("phone", "02438123456")).isEqualTo("+842438123456");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : List.of("12345", "0912", "+1 415 555 0100", "09123456789012", "số điện thoại")) {
            assertThatThrownBy(() -> PhoneNumbers.normalise("applicant.phone", bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("validation.failed");
                        assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("applicant.phone");
                            assertThat(f.code()).isEqualTo("Phone");
                        });
                    });
        }
        assertThatThrownBy(() -> PhoneNumbers.normalise("to", " "))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo("NotBlank"));
    }

    @Test
    void smsSegmentsCountGsmAndUnicodeText() {
        assertThat(SmsText.of("a".repeat(160))).satisfies(s -> {
            assertThat(s.gsm7()).isTrue();
            assertThat(s.segments()).isEqualTo(1);
        });
        assertThat(SmsText.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsText.of("a".repeat(307)).segments()).isEqualTo(3);
        assertThat(SmsText.of("€".repeat(80)).units()).isEqualTo(160); // extension characters count twice
        assertThat(SmsText.of("ồ".repeat(70))).satisfies(s -> {
            assertThat(s.gsm7()).isFalse();
            assertThat(s.segments()).isEqualTo(1);
        });
        assertThat(SmsText.of("ồ".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsText.of("ồ".repeat(335)).segments()).isEqualTo(5);
        assertThat(SmsText.of("ồ".repeat(336)).segments()).isEqualTo(6);
    }

    @Test
    void theUnaccentedVariantDropsDiacritics() {
        assertThat(SmsText.unaccented("Hồ sơ đã được tiếp nhận. ĐƯỢC")).isEqualTo("Ho so da duoc tiep nhan. DUOC");
        assertThat(SmsText.of(SmsText.unaccented("Hồ sơ đã được tiếp nhận")).gsm7())
                .isTrue();
    }

    @Test
    void placeholdersAreFilledByName() {
        assertThat(TemplateText.placeholders("{a} và {bC} {a} { x} {}")).containsExactly("a", "bC");
        assertThat(TemplateText.render("Hồ sơ {code}: {missing}$1", Map.of("code", "HS1")))
                .isEqualTo("Hồ sơ HS1: $1");
        assertThat(Trigger.EXTENDED.allows("newDate")).isTrue();
        assertThat(Trigger.RECEIVED.allows("newDate")).isFalse();
        assertThat(Trigger.ASSIGNED.allows("officer")).isTrue();
    }

    @Test
    void quietHoursHoldNonUrgentMessagesUntilSevenInTheMorning() {
        QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));
        Instant day = ZonedDateTime.of(2026, 12, 3, 14, 0, 0, 0, Vietnam.ZONE).toInstant();
        assertThat(quiet.next(day)).isEqualTo(day);
        Instant night =
                ZonedDateTime.of(2026, 12, 3, 22, 30, 0, 0, Vietnam.ZONE).toInstant();
        assertThat(quiet.next(night))
                .isEqualTo(
                        ZonedDateTime.of(2026, 12, 4, 7, 0, 0, 0, Vietnam.ZONE).toInstant());
        Instant early = ZonedDateTime.of(2026, 12, 4, 2, 0, 0, 0, Vietnam.ZONE).toInstant();
        assertThat(quiet.next(early))
                .isEqualTo(
                        ZonedDateTime.of(2026, 12, 4, 7, 0, 0, 0, Vietnam.ZONE).toInstant());
        Instant nine = ZonedDateTime.of(2026, 12, 3, 21, 0, 0, 0, Vietnam.ZONE).toInstant();
        assertThat(quiet.next(nine)).isAfter(nine);
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(none.next(early)).isEqualTo(early);
    }

    @Test
    void retriesWaitTwiceAsLongEachTime() {
        NotificationSettings settings = new NotificationSettings(
                List.of(),
                "x@y.vn",
                50,
                6,
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofMinutes(2),
                LocalTime.of(21, 0),
                LocalTime.of(7, 0),
                Map.of(),
                16);
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(5));
    }
}
