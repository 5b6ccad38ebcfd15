package org.motcua.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Facts of the queue module others may react to (the notification module, to confirm and remind). Carry
 * everything a listener needs; see {@code docs/queue.md} ("Events").
 */
public final class BookingEvents {

    private BookingEvents() {}

    /** A slot was booked. {@code accountId} is null for a booking made by an officer for a visitor. */
    public record BookingMade(
            UUID bookingId,
            String code,
            UUID centerId,
            UUID groupId,
            String groupName,
            LocalDate day,
            LocalTime slotStart,
            UUID accountId,
            String name,
            String phone) {}

    /**
     * The day before a booked visit, for a reminder: published once per booking by {@code BookingReminders}
     * (16:00 Vietnam time, one node).
     */
    public record BookingReminderDue(
            UUID bookingId,
            String code,
            UUID centerId,
            String groupName,
            LocalDate day,
            LocalTime slotStart,
            UUID accountId,
            String name,
            String phone) {}

    public record BookingCancelled(UUID bookingId, String code, UUID centerId, LocalDate day, UUID accountId) {}
}
