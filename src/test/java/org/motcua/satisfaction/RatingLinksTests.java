package org.motcua.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingLinksTests {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";
    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    private static RatingLinks links(Instant now, String secret) {
        return new RatingLinks(
                new SatisfactionSettings(Duration.ofHours(24), Duration.ofDays(30), Duration.ofMinutes(15), secret),
                Clock.fixed(now, ZoneOffset.UTC),
                "https://motcua.test/");
    }

    @Test
    void aLinkNamesItsDossierUntilItExpires() {
        UUID dossier = UUID.fromString("7c1b3f0e-0b8a-4d3e-9a51-3d2f6c1e8b90");
        String link = links(NOW, SECRET).link(dossier);
        assertThat(link).startsWith("https://motcua.test/danh-gia/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(links(NOW.plus(Duration.ofDays(29)), SECRET).dossierOf(token))
                .contains(dossier);
        assertThat(links(NOW.plus(Duration.ofDays(31)), SECRET).dossierOf(token))
                .isEmpty();
    }

    @Test
    void aLinkSignedWithAnotherKeyOrAlteredIsNotAccepted() {
        UUID dossier = UUID.fromString("7c1b3f0e-0b8a-4d3e-9a51-3d2f6c1e8b90");
        String token = links(NOW, SECRET).token(dossier);
        assertThat(links(NOW, SECRET.replace('a', 'b')).dossierOf(token)).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(links(NOW, SECRET).dossierOf(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')))
                .isEmpty();
        assertThat(links(NOW, SECRET).dossierOf("")).isEmpty();
        assertThat(links(NOW, SECRET).dossierOf("....")).isEmpty();
        assertThat(links(NOW, SECRET).dossierOf(null)).isEmpty();
    }

    @Test
    void aCounterKeyBindsOneCounterOnly() {
        RatingLinks links = links(NOW, SECRET);
        UUID counter = UUID.fromString("11111111-2222-4333-8444-555555555555");
        String key = links.counterKey(counter);
        assertThat(links.isCounterKey(counter, key)).isTrue();
        assertThat(links.isCounterKey(UUID.fromString("11111111-2222-4333-8444-555555555556"), key))
                .isFalse();
        assertThat(links.isCounterKey(counter, null)).isFalse();
    }
}
