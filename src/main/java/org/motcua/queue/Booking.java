package org.motcua.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** A visit booked for a slot of a counter group; its code is typed or scanned at the kiosk. */
public record Booking(
        UUID id,
        String code,
        UUID groupId,
        String groupCode,
        String groupName,
        LocalDate day,
        LocalTime slotStart,
        LocalTime slotEnd,
        UUID accountId,
        String name,
        String phone,
        UUID procedureId,
        Status status,
        LocalDateTime createdAt,
        UUID ticketId) {

    public enum Status {
        BOOKED,
        CANCELLED,
        CHECKED_IN
    }
}
