package org.motcua.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A numbered queue ticket. The token names its public live page; it carries no personal data. */
public record Ticket(
        UUID id,
        UUID centerId,
        LocalDate day,
        int number,
        UUID groupId,
        String groupCode,
        String token,
        TicketSource source,
        UUID bookingId,
        TicketStatus status,
        LocalDateTime issuedAt,
        LocalDateTime queuedAt,
        LocalDateTime calledAt,
        LocalDateTime servingAt,
        LocalDateTime finishedAt,
        int callCount,
        UUID counterId,
        Integer counterNumber,
        UUID officerId) {}
