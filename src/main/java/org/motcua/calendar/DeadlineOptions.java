package org.motcua.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Per-call options of a deadline computation.
 *
 * @param pauseRule how pauses count; default {@link PauseRule#RESTART}
 * @param pauses intervals the clock did not run, in any order
 * @param sameDayCutoff for {@link DeadlineUnit#SAME_DAY}: a dossier whose counting starts after this time is
 *     due at the end of the next working day; default 15:00 (chứng thực practice), set per procedure
 */
public record DeadlineOptions(PauseRule pauseRule, List<Pause> pauses, LocalTime sameDayCutoff) {

    public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(15, 0);
    public static final DeadlineOptions DEFAULT = new DeadlineOptions(PauseRule.RESTART, List.of(), DEFAULT_CUTOFF);

    public DeadlineOptions {
        Objects.requireNonNull(pauseRule, "pauseRule");
        pauses = List.copyOf(pauses);
        Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
    }

    public DeadlineOptions withPauseRule(PauseRule rule) {
        return new DeadlineOptions(rule, pauses, sameDayCutoff);
    }

    public DeadlineOptions withPauses(Pause... newPauses) {
        return new DeadlineOptions(pauseRule, List.of(newPauses), sameDayCutoff);
    }

    public DeadlineOptions withSameDayCutoff(LocalTime cutoff) {
        return new DeadlineOptions(pauseRule, pauses, cutoff);
    }
}
