package org.motcua.queue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CounterDraft;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application on embedded PostgreSQL in demo mode (the same context as the officer pages' tests), with
 * a fresh counter group of the provincial center per test: two new counters with one new reception officer
 * seated at each, so tests never meet the demo's line.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
abstract class QueueTestSupport {

    static final String PASSWORD = "mật-khẩu-thử";
    private static final Random RANDOM = new Random(21);

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration administration;

    @Autowired
    Users users;

    UUID center;
    CounterGroup group;
    CounterGroup other;
    CurrentUser first;
    CurrentUser second;
    CounterView firstCounter;
    CounterView secondCounter;
    String run;

    @BeforeEach
    void floor() {
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        synchronized (RANDOM) {
            run = Integer.toString(100_000 + RANDOM.nextInt(900_000), 36)
                    + UUID.randomUUID().toString().substring(0, 4);
        }
        first = officer("q1-" + run);
        second = officer("q2-" + run);
        firstCounter = counter(first);
        secondCounter = counter(second);
        group = group("T" + run.substring(0, 3), List.of(firstCounter.id(), secondCounter.id()), true);
        other = group("U" + run.substring(0, 3), List.of(), true);
    }

    CurrentUser officer(String username) {
        var user = users.create(username, PASSWORD, "Cán bộ " + username, Set.of(Role.RECEPTION_OFFICER));
        return users.assignAgencies(user.id(), Set.of(center));
    }

    CounterView counter(CurrentUser officer) {
        int number;
        synchronized (RANDOM) {
            number = 1000 + RANDOM.nextInt(900_000);
        }
        return administration.saveCounter(
                center,
                null,
                new CounterDraft(number, "Quầy thử " + number, Set.of(), Set.of(), Set.of(officer.id()), true));
    }

    CounterGroup group(String code, List<UUID> counters, boolean open) {
        CounterGroup g = new CounterGroup(
                UUID.randomUUID(),
                center,
                code.substring(0, Math.min(8, code.length())),
                "Nhóm thử " + code,
                "Test group " + code,
                List.of(),
                counters,
                open,
                30,
                2,
                15);
        tickets.saveGroup(g);
        return g;
    }
}
