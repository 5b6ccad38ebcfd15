package org.motcua.queue;

/**
 * Where a ticket stands, for its public live page: how many are before it in its group, and the estimated
 * wait in minutes (null once called). No personal data.
 */
public record TicketPosition(
        Ticket ticket, CounterGroup group, int ahead, Integer estimatedWaitMinutes, int seatedCounters) {}
