package org.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tickets and the console against PostgreSQL, with real parallel threads where two people act at once. */
class TicketsIntegrationTests extends QueueTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kiosksIssuingAtOnceNeverGiveTheSameNumber() throws Exception {
        int kiosks = 8;
        int each = 10;
        List<Callable<List<Integer>>> work = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int k = 0; k < kiosks; k++) {
            work.add(() -> {
                start.await();
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    numbers.add(tickets.issue(group.id(), TicketSource.KIOSK).number());
                }
                return numbers;
            });
        }
        List<Integer> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(kiosks)) {
            List<Future<List<Integer>>> futures =
                    work.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get());
            }
        }
        assertThat(all).hasSize(kiosks * each).doesNotHaveDuplicates();
        // numbers are per center and day: the others issued meanwhile (demo, other tests) only leave gaps
        assertThat(all).allMatch(n -> n >= Tickets.FIRST_NUMBER);
    }

    @Test
    void aClosedCounterGroupIssuesNoTicket() {
        CounterGroup closed = group("X" + run.substring(0, 3), List.of(firstCounter.id()), false);
        assertThatThrownBy(() -> tickets.issue(closed.id(), TicketSource.KIOSK))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("queue.group_closed");
    }

    @Test
    void twoConsolesCallingOneTicketAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            Ticket t = tickets.issue(group.id(), TicketSource.KIOSK);
            List<Object> outcomes = race(() -> tickets.call(t.id(), first), () -> tickets.call(t.id(), second));
            long won = outcomes.stream().filter(o -> o instanceof Ticket).count();
            assertThat(won).as("round %d: %s", round, outcomes).isEqualTo(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof DomainException)
                    .extracting(o -> ((DomainException) o).code())
                    .containsExactly("queue.ticket_taken");
            Ticket called = tickets.ticket(t.id()).orElseThrow();
            assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
            assertThat(called.callCount()).isEqualTo(1);
            // the winner finishes, so both consoles have empty hands for the next round
            CurrentUser winner = called.officerId().equals(first.id()) ? first : second;
            tickets.finish(t.id(), winner);
        }
    }

    @Test
    void twoConsolesCallingNextAtOnceTakeDifferentTickets() throws Exception {
        Ticket a = tickets.issue(group.id(), TicketSource.KIOSK);
        Ticket b = tickets.issue(group.id(), TicketSource.KIOSK);
        List<Object> outcomes = race(() -> tickets.callNext(first), () -> tickets.callNext(second));
        Set<Integer> numbers = new HashSet<>();
        outcomes.forEach(o -> numbers.add(((Ticket) o).number()));
        assertThat(numbers).containsExactlyInAnyOrder(a.number(), b.number());
    }

    @Test
    void aTicketIsCalledServedAndFinishedAndTheBoardsAreToldOfEveryCall() {
        Ticket t = tickets.issue(group.id(), TicketSource.DESK);
        assertThat(tickets.position(t.token()).ahead()).isZero();
        Ticket called = tickets.call(t.id(), first);
        assertThat(called.counterNumber()).isEqualTo(firstCounter.number());
        tickets.recall(t.id(), first);
        assertThatThrownBy(() -> tickets.serve(t.id(), second))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("queue.ticket_not_yours");
        tickets.serve(t.id(), first);
        Ticket done = tickets.finish(t.id(), first);
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.callCount()).isEqualTo(2);
        assertThatThrownBy(() -> tickets.finish(t.id(), first))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("queue.ticket_state");
        List<String> kinds = jdbc.sql("select kind from queue.board_call where ticket_id = ? order by seq")
                .param(t.id())
                .query(String.class)
                .list();
        assertThat(kinds).containsExactly("CALL", "RECALL");
    }

    @Test
    void aSkippedTicketIsANoShowAndATransferredOneWaitsAtTheEndOfTheOtherLine() {
        Ticket early = tickets.issue(other.id(), TicketSource.KIOSK);
        Ticket skipped = tickets.issue(group.id(), TicketSource.KIOSK);
        Ticket moved = tickets.issue(group.id(), TicketSource.KIOSK);
        tickets.call(skipped.id(), first);
        assertThat(tickets.skip(skipped.id(), first).status()).isEqualTo(TicketStatus.NO_SHOW);
        tickets.call(moved.id(), first);
        assertThatThrownBy(() -> tickets.callNext(first))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("queue.ticket_in_hand");
        Ticket transferred = tickets.transfer(moved.id(), other.id(), first);
        assertThat(transferred.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(transferred.groupId()).isEqualTo(other.id());
        assertThat(transferred.officerId()).isNull();
        assertThat(tickets.position(moved.token()).ahead()).isEqualTo(1); // behind the one already there
        assertThat(tickets.position(early.token()).ahead()).isZero();
    }

    /** Runs both at the same instant on two threads; each outcome is the result or the exception. */
    private static List<Object> race(Callable<Object> one, Callable<Object> two) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> c : List.of(one, two)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return c.call();
                    } catch (DomainException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        }
    }
}
