package org.motcua.calendar;

/** How pauses of the clock (supplement waits, financial obligations) affect a deadline. */
public enum PauseRule {
    /**
     * Default (Decree 61/2018 style): after a supplement the dossier counts as newly received, so the full
     * budget counts again from zero from the end of the last supplement pause. Other pauses after that
     * point extend the deadline as in {@link #EXTEND}.
     */
    RESTART,
    /**
     * Pause-and-extend: the clock stops during each pause that starts before the (running) due time and
     * the deadline moves by the paused working time. A pause starting after the due time changes nothing:
     * the dossier was already late.
     */
    EXTEND,
    /**
     * The national service index method: elapsed time minus all paused time is compared with the budget,
     * so the deadline moves by the working time of every pause after the start, even one that starts after
     * the nominal due time.
     */
    SUBTRACT
}
