package org.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.shared.Vietnam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day (16:00 Vietnam time, on one node), a reminder event for each booking of the next day that has
 * not had one; the notification module turns it into messages. Marked in the same transaction, so a booking
 * is reminded once.
 */
@Component
class BookingReminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.queue.reminder-cron:0 0 16 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "queue.booking-reminders", lockAtMostFor = "PT10M")
    public void remindTomorrow() {
        remind(LocalDate.now(clock.withZone(Vietnam.ZONE)).plusDays(1));
    }

    /** Publishes the reminders of {@code day}'s bookings not yet reminded; answers how many. */
    @Transactional
    int remind(LocalDate day) {
        var due = jdbc.sql("""
                        update queue.booking b set reminded_at = now()
                        from queue.counter_group g
                        where g.id = b.group_id and b.day = ? and b.status = 'BOOKED' and b.reminded_at is null
                        returning b.id, b.code, g.center_id, g.name, b.day, b.slot_start, b.account_id, b.name, b.phone
                        """)
                .param(day)
                .query((rs, n) -> new BookingEvents.BookingReminderDue(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalTime.class),
                        rs.getObject(7, UUID.class),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        due.forEach(events::publishEvent);
        return due.size();
    }
}
