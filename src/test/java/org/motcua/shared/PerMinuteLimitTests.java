package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PerMinuteLimitTests {

    private final AtomicLong millis =
            new AtomicLong(Instant.parse("2026-11-23T08:00:10Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    };

    @Test
    void aClientHasItsShareEachMinuteAndOthersTheirOwn() {
        PerMinuteLimit limit = new PerMinuteLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            limit.check("203.0.113.5");
        }
        assertThatThrownBy(() -> limit.check("203.0.113.5")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("request.too_many");
            assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        });
        limit.check("203.0.113.6"); // another client is not affected

        millis.addAndGet(60_000); // the next minute starts afresh
        limit.check("203.0.113.5");
    }
}
