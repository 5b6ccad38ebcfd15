package org.motcua.queue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingSession;
import org.motcua.calendar.WorkingWeek;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online booking: a counter group's working sessions cut into slots of {@code slotMinutes}, each for at
 * most {@code slotCapacity} visitors, on the center's working days (the calendar module decides), up to
 * {@value #HORIZON_DAYS} days ahead. Bookings of one group are counted under its row lock, so a slot is
 * never over-booked. At the kiosk the booking's code gives a ticket placed in line at the slot's start.
 */
@Service
@Transactional
public class Bookings {

    public static final int HORIZON_DAYS = 30;
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final QueueStore store;
    private final Tickets tickets;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(
            QueueStore store,
            Tickets tickets,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One slot of a day and how full it is. */
    public record Slot(LocalTime start, LocalTime end, int capacity, int booked, boolean past) {
        public int free() {
            return Math.max(0, capacity - booked);
        }

        public boolean bookable() {
            return !past && free() > 0;
        }
    }

    /** What a booking asks for; name and phone are normalised (NFC) and checked here. */
    public record BookingRequest(
            UUID groupId, LocalDate day, LocalTime slotStart, String name, String phone, UUID procedureId) {}

    /** The group's slots on a day; empty on a day the center does not work. */
    @Transactional(readOnly = true)
    public List<Slot> slots(UUID groupId, LocalDate day) {
        CounterGroup group = tickets.group(groupId);
        if (day == null || !calendar.isWorkingDay(day, group.centerId())) {
            return List.of();
        }
        Map<LocalTime, Integer> booked = booked(groupId, day);
        LocalDateTime now = now();
        List<Slot> slots = new ArrayList<>();
        for (WorkingSession session : sessions(group.centerId(), day)) {
            LocalTime t = session.start();
            int m = group.slotMinutes();
            while (!t.plusMinutes(m).isAfter(session.end()) && t.plusMinutes(m).isAfter(t)) {
                slots.add(new Slot(
                        t,
                        t.plusMinutes(m),
                        group.slotCapacity(),
                        booked.getOrDefault(t, 0),
                        !day.atTime(t).isAfter(now)));
                t = t.plusMinutes(m);
            }
        }
        return slots;
    }

    /** The working days from today on which the group can be booked, for the day picker. */
    @Transactional(readOnly = true)
    public List<LocalDate> bookableDays(UUID groupId) {
        CounterGroup group = tickets.group(groupId);
        LocalDate today = now().toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate d = today.plusDays(i);
            if (calendar.isWorkingDay(d, group.centerId())) {
                days.add(d);
            }
        }
        return days;
    }

    public Booking book(BookingRequest request, CurrentUser user) {
        if (request.groupId() == null || request.day() == null || request.slotStart() == null) {
            throw QueueError.INVALID_INPUT.invalid(
                    request.groupId() == null ? "groupId" : request.day() == null ? "day" : "slotStart", "required");
        }
        String name = Text.line(request.name());
        String phone = Text.line(request.phone());
        if (name == null || name.isBlank() || name.length() > 200) {
            throw QueueError.INVALID_INPUT.invalid("name", "required, at most 200 characters");
        }
        if (phone != null && !phone.isBlank() && !phone.matches("\\+?[0-9 .]{8,15}")) {
            throw QueueError.INVALID_INPUT.invalid("phone", "a phone number");
        }
        CounterGroup group = store.lockGroup(request.groupId())
                .orElseThrow(() -> QueueError.GROUP_NOT_FOUND.exception(request.groupId()));
        if (!group.open()) {
            throw QueueError.GROUP_CLOSED.exception(group.name());
        }
        LocalDateTime now = now();
        LocalDateTime at = request.day().atTime(request.slotStart());
        if (!at.isAfter(now)) {
            throw QueueError.BOOKING_IN_PAST.exception();
        }
        if (request.day().isAfter(now.toLocalDate().plusDays(HORIZON_DAYS))) {
            throw QueueError.BOOKING_TOO_FAR.exception(HORIZON_DAYS);
        }
        if (!calendar.isWorkingDay(request.day(), group.centerId())) {
            throw QueueError.BOOKING_NOT_WORKING_DAY.exception(request.day().format(DAY));
        }
        Slot slot = slots(group.id(), request.day()).stream()
                .filter(s -> s.start().equals(request.slotStart()))
                .findFirst()
                .orElseThrow(() -> QueueError.BOOKING_NO_SUCH_SLOT.exception(request.slotStart()));
        if (slot.free() == 0) {
            throw QueueError.BOOKING_FULL.exception(
                    request.slotStart(), request.day().format(DAY));
        }
        UUID id = UUID.randomUUID();
        String code = code();
        UUID account = user != null && user.hasRole(Role.APPLICANT) ? user.id() : null;
        jdbc.sql("""
                        insert into queue.booking (id, code, group_id, day, slot_start, account_id, name, phone,
                                                   procedure_id, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?)
                        """)
                .params(
                        id,
                        code,
                        group.id(),
                        request.day(),
                        request.slotStart(),
                        account,
                        name,
                        phone == null || phone.isBlank() ? null : phone,
                        request.procedureId(),
                        now)
                .update();
        events.publishEvent(new BookingEvents.BookingMade(
                id,
                code,
                group.centerId(),
                group.id(),
                group.name(),
                request.day(),
                request.slotStart(),
                account,
                name,
                phone));
        return booking(code).orElseThrow();
    }

    /** Cancels a booking: its owner, or an officer of its center. */
    public Booking cancel(String code, CurrentUser user) {
        Booking b = visible(code, user);
        if (b.status() != Booking.Status.BOOKED) {
            throw QueueError.BOOKING_STATE.exception();
        }
        jdbc.sql("update queue.booking set status = 'CANCELLED', cancelled_at = ? where id = ? and status = 'BOOKED'")
                .params(now(), b.id())
                .update();
        CounterGroup group = tickets.group(b.groupId());
        events.publishEvent(
                new BookingEvents.BookingCancelled(b.id(), b.code(), group.centerId(), b.day(), b.accountId()));
        return booking(b.code()).orElseThrow();
    }

    /**
     * At the kiosk: the booking's code (typed, or the address its QR code carries) gives a ticket placed in
     * line at the slot's start — ahead of those who came later without one. Once only, on its day.
     */
    public Ticket checkIn(String typed) {
        String code = codeFrom(typed);
        Booking b = booking(code).orElseThrow(() -> QueueError.BOOKING_NOT_FOUND.exception(code));
        LocalDateTime now = now();
        if (!b.day().equals(now.toLocalDate())) {
            throw QueueError.BOOKING_NOT_TODAY.exception(b.day().format(DAY));
        }
        int changed = jdbc.sql("update queue.booking set status = 'CHECKED_IN' where id = ? and status = 'BOOKED'")
                .param(b.id())
                .update();
        if (changed != 1) {
            throw QueueError.BOOKING_STATE.exception();
        }
        CounterGroup group = tickets.group(b.groupId());
        Ticket t = tickets.issue(group, TicketSource.BOOKING, b.id());
        LocalDateTime place = b.day().atTime(b.slotStart());
        jdbc.sql("update queue.ticket set queued_at = ? where id = ?")
                .params(place.isBefore(t.queuedAt()) ? place : t.queuedAt(), t.id())
                .update();
        jdbc.sql("update queue.booking set ticket_id = ? where id = ?")
                .params(t.id(), b.id())
                .update();
        return store.ticket(t.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Booking> mine(CurrentUser user) {
        return jdbc.sql(SELECT + " where b.account_id = ? and b.day >= ? order by b.day, b.slot_start")
                .params(user.id(), now().toLocalDate().minusDays(7))
                .query(BOOKING)
                .list();
    }

    /** A center's bookings of a day, for the desk. */
    @Transactional(readOnly = true)
    public List<Booking> ofDay(UUID centerId, LocalDate day) {
        return jdbc.sql(SELECT + " where g.center_id = ? and b.day = ? order by b.slot_start, g.code")
                .params(centerId, day)
                .query(BOOKING)
                .list();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Booking> booking(String code) {
        return jdbc.sql(SELECT + " where b.code = ?")
                .param(code == null ? "" : code)
                .query(BOOKING)
                .optional();
    }

    /** A booking its owner or an officer of the center may see; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Booking visible(String code, CurrentUser user) {
        Booking b = booking(codeFrom(code)).orElseThrow(() -> QueueError.BOOKING_NOT_FOUND.exception(code));
        CounterGroup group = tickets.group(b.groupId());
        boolean owner = user != null && user.id().equals(b.accountId());
        boolean officer = user != null && user.isOfficer() && user.serves(group.centerId());
        if (!owner && !officer) {
            throw QueueError.BOOKING_NOT_FOUND.exception(code);
        }
        return b;
    }

    /** The code in what was typed or scanned: the bare code, or an address ending in it. */
    static String codeFrom(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private List<WorkingSession> sessions(UUID centerId, LocalDate day) {
        List<WorkingWeek> weeks = calendar.hours(centerId).weeks();
        var week = weeks.stream()
                .filter(w -> !w.isStandard()
                        && !day.isBefore(w.validFrom())
                        && (w.validTo() == null || !day.isAfter(w.validTo())))
                .findFirst()
                .or(() -> weeks.stream().filter(WorkingWeek::isStandard).findFirst())
                .map(WorkingWeek::sessions)
                .orElse(org.motcua.calendar.WeeklySessions.standard());
        List<WorkingSession> sessions = week.sessions(day.getDayOfWeek());
        // a working weekend (make-up day) works a Monday's hours
        return sessions.isEmpty() ? week.sessions(DayOfWeek.MONDAY) : sessions;
    }

    private Map<LocalTime, Integer> booked(UUID groupId, LocalDate day) {
        return jdbc
                .sql("select slot_start, count(*) from queue.booking where group_id = ? and day = ?"
                        + " and status <> 'CANCELLED' group by slot_start")
                .params(groupId, day)
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalTime.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String SELECT = """
            select b.*, g.code group_code, g.name group_name, g.slot_minutes
            from queue.booking b join queue.counter_group g on g.id = b.group_id""";

    private static final RowMapper<Booking> BOOKING = (rs, n) -> {
        LocalTime start = rs.getObject("slot_start", LocalTime.class);
        return new Booking(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getObject("group_id", UUID.class),
                rs.getString("group_code"),
                rs.getString("group_name"),
                rs.getObject("day", LocalDate.class),
                start,
                start.plusMinutes(rs.getInt("slot_minutes")),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getObject("procedure_id", UUID.class),
                Booking.Status.valueOf(rs.getString("status")),
                QueueStore.time(rs, "created_at"),
                rs.getObject("ticket_id", UUID.class));
    };

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
    }

    private static String code() {
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            s.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return s.toString();
    }
}
