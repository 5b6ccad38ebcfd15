package org.motcua.queue;

/** Where a ticket was issued. */
public enum TicketSource {
    KIOSK,
    DESK,
    BOOKING
}
