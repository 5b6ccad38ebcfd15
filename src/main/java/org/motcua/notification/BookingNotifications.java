package org.motcua.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.Users;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.notification.Mailroom.Recipient;
import org.motcua.queue.BookingEvents.BookingMade;
import org.motcua.queue.BookingEvents.BookingReminderDue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant of their booked visit at a counter (the queue module's events): a confirmation when
 * booked and a reminder the day before, on the channels they chose. Bookings made by an officer for a
 * visitor without an account are not written about. Idempotent: the outbox key is the booking and trigger.
 */
@Component
class BookingNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Mailroom mailroom;
    private final Users users;
    private final Catalog catalog;
    private final NotificationPreferences preferences;
    private final String baseUrl;

    BookingNotifications(
            Mailroom mailroom,
            Users users,
            Catalog catalog,
            NotificationPreferences preferences,
            @Value("${motcua.public-base-url}") String baseUrl) {
        this.mailroom = mailroom;
        this.users = users;
        this.catalog = catalog;
        this.preferences = preferences;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void onBooked(BookingMade e) {
        post(
                Trigger.BOOKING_CONFIRMED,
                e.bookingId(),
                e.code(),
                e.centerId(),
                e.groupName(),
                e.day(),
                e.slotStart(),
                e.accountId(),
                e.name(),
                e.phone());
    }

    @ApplicationModuleListener
    void onReminder(BookingReminderDue e) {
        post(
                Trigger.BOOKING_REMINDER,
                e.bookingId(),
                e.code(),
                e.centerId(),
                e.groupName(),
                e.day(),
                e.slotStart(),
                e.accountId(),
                e.name(),
                e.phone());
    }

    private void post(
            Trigger trigger,
            UUID bookingId,
            String code,
            UUID centerId,
            String group,
            LocalDate day,
            LocalTime slot,
            UUID accountId,
            String name,
            String phone) {
        if (accountId == null) {
            return;
        }
        Users.Contact contact = users.contact(accountId);
        AgencyView center = catalog.agency(centerId).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicant", name == null ? "" : name);
        values.put("bookingCode", code);
        values.put("day", DAY.format(day));
        values.put("slot", TIME.format(slot));
        values.put("group", group == null ? "" : group);
        values.put("kioskLink", baseUrl + "/lay-so/lich-hen/" + code);
        values.put("centerName", center == null ? "" : center.name());
        values.put("centerAddress", center == null || center.address() == null ? "" : center.address());
        values.put("hotline", center == null || center.phone() == null ? "" : center.phone());
        mailroom.post(
                new Occasion("booking:" + bookingId + ":" + trigger, trigger, null, null),
                new Recipient(name, phone != null ? phone : contact.phone(), contact.email(), accountId),
                Mailroom.Values.of(values),
                preferences.of(accountId));
    }
}
