package org.motcua.nationalportal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.motcua.shared.Vietnam;

/** The application's clock in a test: it stands still where the test puts it. */
class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return Vietnam.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
