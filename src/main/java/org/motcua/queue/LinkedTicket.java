package org.motcua.queue;

import java.time.LocalDateTime;
import java.util.UUID;

/** The ticket under which a dossier was received or returned: its waiting and service times. */
public record LinkedTicket(
        UUID ticketId,
        int number,
        LocalDateTime issuedAt,
        LocalDateTime calledAt,
        LocalDateTime servingAt,
        LocalDateTime finishedAt,
        UUID officerId) {}
