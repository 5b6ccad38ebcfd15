/**
 * The counter floor: counter groups, numbered tickets from the kiosk, the reception desk and bookings, the
 * counter console (call, call again, skip, transfer, serve, finish), the display boards fed by
 * Server-Sent Events, online booking of slots, waiting and service figures, and staffing advice (Erlang C).
 * See {@code docs/queue.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queue (counter floor)")
package org.motcua.queue;
