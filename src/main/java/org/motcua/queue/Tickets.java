package org.motcua.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets and the counter console. Numbers run per center and day from {@value #FIRST_NUMBER}; every step
 * of the console is one conditional update, so two consoles can never hold one ticket and a ticket is
 * never served twice: the loser is told {@link QueueError#TICKET_TAKEN}.
 */
@Service
@Transactional
public class Tickets {

    /** The first number of a day: four digits, as the boards say them ("Mời số 1001"). */
    public static final int FIRST_NUMBER = 1001;

    /** Minutes assumed per visitor before a group has served anyone. */
    static final int DEFAULT_SERVICE_MINUTES = 8;

    private static final String TOKEN_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QueueStore store;
    private final Catalog catalog;
    private final Clock clock;

    Tickets(QueueStore store, Catalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    // ---- groups ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CounterGroup> groups(UUID centerId) {
        return store.groups(centerId);
    }

    /** Every center's groups, for booking. */
    @Transactional(readOnly = true)
    public List<CounterGroup> allGroups() {
        return store.allGroups();
    }

    @Transactional(readOnly = true)
    public CounterGroup group(UUID groupId) {
        return store.group(groupId).orElseThrow(() -> QueueError.GROUP_NOT_FOUND.exception(groupId));
    }

    /** Opens or closes a group; managers and administrators of its center. */
    public CounterGroup setOpen(UUID groupId, boolean open, CurrentUser user) {
        CounterGroup group = group(groupId);
        requireManager(user, group.centerId());
        store.setOpen(groupId, open);
        return group(groupId);
    }

    /** Saves a group as set up by the center (the demo and administrators). */
    public void saveGroup(CounterGroup group) {
        store.saveGroup(group);
    }

    // ---- issuing --------------------------------------------------------------------------------------

    /** A ticket in the group's line, from the kiosk or the reception desk. A closed group is refused. */
    public Ticket issue(UUID groupId, TicketSource source) {
        CounterGroup group = group(groupId);
        if (!group.open()) {
            throw QueueError.GROUP_CLOSED.exception(group.name());
        }
        return issue(group, source, null);
    }

    Ticket issue(CounterGroup group, TicketSource source, UUID bookingId) {
        LocalDateTime now = now();
        LocalDate day = now.toLocalDate();
        int number = store.nextNumber(group.centerId(), day, FIRST_NUMBER);
        UUID id = UUID.randomUUID();
        store.insertTicket(id, group.centerId(), day, number, group.id(), token(), source, bookingId, now);
        return store.ticket(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Ticket> ticket(UUID id) {
        return store.ticket(id);
    }

    /** The public live view of a ticket: its place in line and the estimated wait. */
    @Transactional(readOnly = true)
    public TicketPosition position(String token) {
        Ticket t = store.ticketByToken(token == null ? "" : token.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> QueueError.TICKET_NOT_FOUND.exception(token));
        CounterGroup group = store.group(t.groupId()).orElseThrow();
        int seated = seatedCounters(group);
        if (t.status() != TicketStatus.WAITING) {
            return new TicketPosition(t, group, 0, null, seated);
        }
        int ahead = store.ahead(t);
        double service = store.meanServiceMinutes(group.id()).orElse((double) DEFAULT_SERVICE_MINUTES);
        int estimate = (int) Math.ceil(ahead * service / Math.max(1, seated));
        return new TicketPosition(t, group, ahead, estimate, seated);
    }

    /** Open counters of the group with at least one officer seated. */
    int seatedCounters(CounterGroup group) {
        return (int) group.counterIds().stream()
                .map(catalog::counter)
                .flatMap(Optional::stream)
                .filter(c -> c.active() && !c.officerIds().isEmpty())
                .count();
    }

    /** The center's last board call number (0 before any): where a new board's Last-Event-ID starts. */
    @Transactional(readOnly = true)
    public long lastBoardSeq(UUID centerId) {
        return store.lastSeq(centerId);
    }

    /** The center's last calls, oldest first, for a board's first paint. */
    @Transactional(readOnly = true)
    public List<BoardCall> lastCalls(UUID centerId, int limit) {
        return store.lastCalls(centerId, limit);
    }

    // ---- the console ----------------------------------------------------------------------------------

    /** What the officer's console shows: their counter, its groups, the ticket in hand and who waits. */
    @Transactional(readOnly = true)
    public Console console(CurrentUser user) {
        Optional<CounterView> counter = counterOf(user);
        if (counter.isEmpty()) {
            return new Console(null, List.of(), List.of(), null, List.of(), 0);
        }
        List<CounterGroup> mine = store.groupsServedBy(counter.get().id());
        List<CounterGroup> others = store.groups(counter.get().centerId()).stream()
                .filter(g -> g.open() && mine.stream().noneMatch(m -> m.id().equals(g.id())))
                .toList();
        List<UUID> ids = mine.stream().map(CounterGroup::id).toList();
        List<Ticket> waiting = ids.isEmpty() ? List.of() : store.waiting(ids, today(), 500);
        return new Console(
                counter.get(),
                mine,
                others,
                store.inHand(user.id()).orElse(null),
                waiting.stream().limit(12).toList(),
                waiting.size());
    }

    /** The officer's console as shown: their counter and groups, the ticket they hold, the first in line. */
    public record Console(
            CounterView counter,
            List<CounterGroup> groups,
            List<CounterGroup> transferTo,
            Ticket inHand,
            List<Ticket> waiting,
            int waitingCount) {}

    /** Calls the first in line of the officer's groups to their counter. */
    public Ticket callNext(CurrentUser user) {
        CounterView counter = requireCounter(user);
        requireEmptyHands(user);
        List<UUID> groups = groupIds(counter);
        Ticket called = store.callNext(groups, today(), counter.id(), counter.number(), user.id(), now())
                .orElseThrow(QueueError.NOBODY_WAITING::exception);
        store.addCall(called, BoardCall.Kind.CALL, counter.number(), now());
        return called;
    }

    /** Calls one ticket of the officer's groups (an elderly visitor, a booking): one console wins. */
    public Ticket call(UUID ticketId, CurrentUser user) {
        CounterView counter = requireCounter(user);
        requireEmptyHands(user);
        if (!store.call(ticketId, groupIds(counter), counter.id(), counter.number(), user.id(), now())) {
            store.ticket(ticketId).orElseThrow(() -> QueueError.TICKET_NOT_FOUND.exception(ticketId));
            throw QueueError.TICKET_TAKEN.exception();
        }
        Ticket called = store.ticket(ticketId).orElseThrow();
        store.addCall(called, BoardCall.Kind.CALL, counter.number(), now());
        return called;
    }

    /** Calls the ticket in hand again: the boards say it once more. */
    public Ticket recall(UUID ticketId, CurrentUser user) {
        if (!store.recall(ticketId, user.id())) {
            throw refusal(ticketId, user);
        }
        Ticket t = store.ticket(ticketId).orElseThrow();
        store.addCall(t, BoardCall.Kind.RECALL, t.counterNumber(), now());
        return t;
    }

    /** The visitor did not come: a no-show. */
    public Ticket skip(UUID ticketId, CurrentUser user) {
        return move(ticketId, user, List.of(TicketStatus.CALLED), TicketStatus.NO_SHOW, "finished_at");
    }

    /** The visitor is at the counter. */
    public Ticket serve(UUID ticketId, CurrentUser user) {
        return move(ticketId, user, List.of(TicketStatus.CALLED), TicketStatus.SERVING, "serving_at");
    }

    /** Done with the visitor (served straight from called when "serve" was not pressed). */
    public Ticket finish(UUID ticketId, CurrentUser user) {
        return move(
                ticketId, user, List.of(TicketStatus.CALLED, TicketStatus.SERVING), TicketStatus.DONE, "finished_at");
    }

    /** Sends the visitor to another group's line (at its end): the wrong line, or a second errand. */
    public Ticket transfer(UUID ticketId, UUID toGroupId, CurrentUser user) {
        CounterGroup to = group(toGroupId);
        Ticket t = store.ticket(ticketId).orElseThrow(() -> QueueError.TICKET_NOT_FOUND.exception(ticketId));
        if (t.groupId().equals(to.id())) {
            throw QueueError.SAME_GROUP.exception();
        }
        if (!to.open()) {
            throw QueueError.GROUP_CLOSED.exception(to.name());
        }
        if (!to.centerId().equals(t.centerId())) {
            throw QueueError.GROUP_NOT_FOUND.exception(toGroupId);
        }
        if (!store.transfer(ticketId, user.id(), to.id(), now())) {
            throw refusal(ticketId, user);
        }
        return store.ticket(ticketId).orElseThrow();
    }

    private Ticket move(UUID ticketId, CurrentUser user, List<TicketStatus> from, TicketStatus to, String column) {
        if (!store.move(ticketId, user.id(), from, to, column, now())) {
            throw refusal(ticketId, user);
        }
        return store.ticket(ticketId).orElseThrow();
    }

    /** Why a console step on a ticket found nothing to change. */
    private DomainException refusal(UUID ticketId, CurrentUser user) {
        Ticket t = store.ticket(ticketId).orElseThrow(() -> QueueError.TICKET_NOT_FOUND.exception(ticketId));
        if (t.officerId() != null && !t.officerId().equals(user.id())) {
            return QueueError.TICKET_NOT_YOURS.exception(String.valueOf(t.number()));
        }
        return QueueError.TICKET_STATE.exception(
                String.valueOf(t.number()), t.status().name());
    }

    private void requireEmptyHands(CurrentUser user) {
        store.inHand(user.id()).ifPresent(t -> {
            throw QueueError.TICKET_IN_HAND.exception(String.valueOf(t.number()));
        });
    }

    private CounterView requireCounter(CurrentUser user) {
        if (user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            throw QueueError.FORBIDDEN.exception();
        }
        return counterOf(user).orElseThrow(QueueError.NO_COUNTER::exception);
    }

    private List<UUID> groupIds(CounterView counter) {
        List<UUID> ids = store.groupsServedBy(counter.id()).stream()
                .map(CounterGroup::id)
                .toList();
        if (ids.isEmpty()) {
            throw QueueError.NO_COUNTER.exception();
        }
        return ids;
    }

    private Optional<CounterView> counterOf(CurrentUser user) {
        return user == null ? Optional.empty() : catalog.counterOf(user.id()).filter(CounterView::active);
    }

    static void requireManager(CurrentUser user, UUID centerId) {
        boolean allowed = user != null
                && (user.hasRole(Role.ADMIN) || (user.hasRole(Role.CENTER_MANAGER) && user.serves(centerId)));
        if (!allowed) {
            throw QueueError.FORBIDDEN.exception();
        }
    }

    /** The center's managers and supervisors, administrators, and its officers read the floor's figures. */
    static void requireReader(CurrentUser user, UUID centerId) {
        boolean allowed = user != null
                && (user.hasRole(Role.ADMIN)
                        || user.hasRole(Role.SUPERVISOR)
                        || ((user.hasRole(Role.CENTER_MANAGER) || user.hasRole(Role.RECEPTION_OFFICER))
                                && user.serves(centerId)));
        if (!allowed) {
            throw QueueError.FORBIDDEN.exception();
        }
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(org.motcua.shared.Vietnam.ZONE)).withNano(0);
    }

    LocalDate today() {
        return now().toLocalDate();
    }

    private static String token() {
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            s.append(TOKEN_LETTERS.charAt(RANDOM.nextInt(TOKEN_LETTERS.length())));
        }
        return s.toString();
    }
}
