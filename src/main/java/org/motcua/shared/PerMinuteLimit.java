package org.motcua.shared;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;

/**
 * At most {@code perMinute} calls per client (its address) in each calendar minute, for the anonymous
 * endpoints that cost something or reveal something: public tracking look-ups, verification codes sent
 * by SMS or e-mail. In memory and per instance: a second instance doubles the allowance, which is
 * acceptable for a brake on abuse (not a quota).
 */
public final class PerMinuteLimit {

    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    public PerMinuteLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one call by {@code client}; 429 "request.too_many" once it has had its share this minute. */
    public void check(String client) {
        long minute = clock.millis() / 60_000;
        long[] window = windows.compute(client == null ? "" : client, (k, w) -> {
            if (w == null || w[0] != minute) {
                return new long[] {minute, 1};
            }
            w[1]++;
            return w;
        });
        if (windows.size() > MAX_CLIENTS) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        if (window[1] > perMinute) {
            throw new DomainException("request.too_many", HttpStatus.TOO_MANY_REQUESTS);
        }
    }
}
