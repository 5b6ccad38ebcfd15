package org.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.shared.Vietnam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the provincial center's counter groups (one per counter, and "Trả kết quả" served by
 * all), ten working days of measured tickets (a FIFO simulation with a fixed seed, so the figures and the
 * staffing advice have rates to work on), and today's line with people still waiting and the last calls on
 * the boards. Runs after the demo catalog and accounts; adds nothing for a day already seeded.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
@Order(30)
class DemoQueue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQueue.class);
    static final String CENTER = "000.00.01.H41";

    /** Code, names, counter numbers, visitors per hour at the busiest hour, mean service minutes. */
    private record Line(
            String code, String name, String nameEn, Set<Integer> counters, double perHour, double service) {}

    private static final List<Line> LINES = List.of(
            new Line("A", "Tư pháp, Công an", "Justice, Police", Set.of(1), 7, 7),
            new Line("B", "Kế hoạch và Đầu tư, Thuế", "Planning and Investment, Tax", Set.of(2), 9, 9),
            new Line("C", "Tài nguyên và Môi trường, Xây dựng", "Natural Resources, Construction", Set.of(3), 5, 12),
            new Line("D", "Trả kết quả", "Results", Set.of(1, 2, 3), 8, 4));

    private final Tickets tickets;
    private final QueueStore store;
    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoQueue(
            Tickets tickets,
            QueueStore store,
            Catalog catalog,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.catalog = catalog;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        AgencyView center = catalog.agencyByCode(CENTER).orElseThrow();
        List<CounterView> counters = catalog.counters(center.id());
        if (store.groups(center.id()).isEmpty()) {
            for (Line line : LINES) {
                List<UUID> counterIds = counters.stream()
                        .filter(c -> line.counters().contains(c.number()))
                        .map(CounterView::id)
                        .toList();
                Set<UUID> agencies = counters.stream()
                        .filter(c ->
                                line.counters().size() == 1 && line.counters().contains(c.number()))
                        .flatMap(c -> c.agencyIds().stream())
                        .collect(Collectors.toSet());
                tickets.saveGroup(new CounterGroup(
                        UUID.nameUUIDFromBytes(("demo-group-" + line.code()).getBytes()),
                        center.id(),
                        line.code(),
                        line.name(),
                        line.nameEn(),
                        List.copyOf(agencies),
                        counterIds,
                        true,
                        30,
                        4,
                        15));
            }
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
        LocalDate today = now.toLocalDate();
        int seeded = 0;
        for (int back = 14; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            if ((back == 0 || calendar.isWorkingDay(day, center.id())) && !hasTickets(center.id(), day)) {
                seeded += seedDay(center.id(), day, back == 0 ? now : null);
            }
        }
        if (seeded > 0) {
            log.info("Demo queue: {} tickets seeded", seeded);
        }
    }

    private boolean hasTickets(UUID centerId, LocalDate day) {
        return jdbc.sql("select exists (select 1 from queue.ticket where center_id = ? and day = ?)")
                .params(centerId, day)
                .query(Boolean.class)
                .single();
    }

    private record Arrival(CounterGroup group, LocalDateTime at, double service, boolean noShow) {}

    /** One day's visitors; today stops at {@code now} and leaves the later ones waiting. */
    private int seedDay(UUID centerId, LocalDate day, LocalDateTime now) {
        Random random = new Random(day.toEpochDay() * 31 + 21);
        List<Arrival> arrivals = new ArrayList<>();
        for (CounterGroup group : store.groups(centerId)) {
            Line line = LINES.stream()
                    .filter(l -> l.code().equals(group.code()))
                    .findFirst()
                    .orElse(null);
            if (line == null) {
                continue;
            }
            for (int hour : new int[] {7, 8, 9, 10, 13, 14, 15, 16}) {
                // busiest in the mid-morning: 60 % .. 100 % of the peak rate
                double rate = line.perHour() * (hour == 9 || hour == 14 ? 1.0 : hour == 7 || hour == 16 ? 0.6 : 0.8);
                double t = 0;
                while (true) {
                    t += -Math.log(1 - random.nextDouble()) * 60 / rate; // exponential gaps (Poisson arrivals)
                    int minutes = hour == 11 ? 30 : 60;
                    if (t >= minutes) {
                        break;
                    }
                    double service = Math.max(1, -Math.log(1 - random.nextDouble()) * line.service());
                    arrivals.add(new Arrival(
                            group,
                            day.atTime(hour, 0).plusSeconds((long) (t * 60)),
                            service,
                            random.nextDouble() < 0.06));
                }
            }
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        LocalDateTime stop = now == null ? null : now;
        if (stop != null && stop.toLocalTime().isBefore(LocalTime.of(8, 0))) {
            stop = null; // the demo before opening: show a whole day's line anyway
        }
        // one FIFO line per group, served by as many counters as serve it (each counter alone, for simplicity)
        java.util.Map<UUID, LocalDateTime[]> free = new java.util.HashMap<>();
        int count = 0;
        for (Arrival a : arrivals) {
            if (stop != null && a.at().isAfter(stop)) {
                break;
            }
            int number = store.nextNumber(centerId, day, Tickets.FIRST_NUMBER);
            UUID id = UUID.randomUUID();
            store.insertTicket(
                    id, centerId, day, number, a.group().id(), token(random), TicketSource.KIOSK, null, a.at());
            LocalDateTime[] servers = free.computeIfAbsent(a.group().id(), g -> {
                LocalDateTime[] s =
                        new LocalDateTime[Math.max(1, a.group().counterIds().size())];
                java.util.Arrays.fill(s, day.atTime(7, 0));
                return s;
            });
            int k = 0;
            for (int i = 1; i < servers.length; i++) {
                if (servers[i].isBefore(servers[k])) {
                    k = i;
                }
            }
            LocalDateTime called = a.at().isAfter(servers[k]) ? a.at() : servers[k];
            LocalDateTime finished = called.plusSeconds((long) (a.noShow() ? 90 : a.service() * 60));
            if (stop != null && called.isAfter(stop)) {
                count++;
                continue; // still waiting today
            }
            servers[k] = finished;
            int counterNumber = counterNumber(a.group(), k);
            boolean done = stop == null || !finished.isAfter(stop);
            String status = a.noShow() ? (done ? "NO_SHOW" : "CALLED") : (done ? "DONE" : "SERVING");
            jdbc.sql("""
                            update queue.ticket set status = ?, called_at = ?, serving_at = ?, finished_at = ?,
                                call_count = 1, counter_number = ?
                            where id = ?
                            """)
                    .params(
                            status,
                            called,
                            a.noShow() ? null : called.plusSeconds(30),
                            done ? finished : null,
                            counterNumber,
                            id)
                    .update();
            if (now != null) {
                Ticket t = store.ticket(id).orElseThrow();
                store.addCall(t, BoardCall.Kind.CALL, counterNumber, called);
            }
            count++;
        }
        return count;
    }

    private int counterNumber(CounterGroup group, int k) {
        List<Integer> numbers = group.counterIds().stream()
                .map(catalog::counter)
                .flatMap(java.util.Optional::stream)
                .map(CounterView::number)
                .sorted()
                .toList();
        return numbers.isEmpty() ? 1 : numbers.get(k % numbers.size());
    }

    private static String token(Random random) {
        String letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }
}
