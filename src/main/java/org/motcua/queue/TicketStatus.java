package org.motcua.queue;

/**
 * A ticket's life: it waits, is called to a counter (perhaps again), is served, and ends done or as a
 * no-show. A transfer puts a waiting or called ticket back to waiting in another group.
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW;

    /** Still with an officer: called and not yet finished or skipped. */
    public boolean inHand() {
        return this == CALLED || this == SERVING;
    }

    public boolean ended() {
        return this == DONE || this == NO_SHOW;
    }
}
