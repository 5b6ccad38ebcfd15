package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event registry as motcua runs it: completed publications go after a week, incomplete ones never; a
 * publication is written when stored and when completed, not when its listener starts.
 */
@SpringBootTest(properties = "motcua.demo=true")
class EventRegistryTests {

    @Autowired
    EventPublicationPurge purge;

    @Autowired
    EventPublicationRegistry registry;

    record Happened(UUID id) {}

    @Test
    void aPublicationIsNotWrittenWhenItsListenerStartsOnlyWhenItCompletes() {
        Happened event = new Happened(UUID.randomUUID());
        PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("test.registry-writes");
        UUID id = new TransactionTemplate(transactions)
                .execute(tx -> registry.store(event, Stream.of(listener))
                        .iterator()
                        .next()
                        .getIdentifier());

        registry.markProcessing(event, listener);
        assertThat(status(id)).isEqualTo("PUBLISHED");

        registry.markCompleted(event, listener);
        assertThat(status(id)).isEqualTo("COMPLETED");
        jdbc.sql("delete from event_publication where id = ?").param(id).update();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from event_publication where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void completedPublicationsOlderThanAWeekAreDeletedAndNothingElse() {
        Instant now = Instant.now();
        UUID oldCompleted = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)), "COMPLETED");
        UUID recentCompleted = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), "COMPLETED");
        UUID oldIncomplete = publication(now.minus(Duration.ofDays(9)), null, "PUBLISHED");
        UUID oldFailed = publication(now.minus(Duration.ofDays(9)), null, "FAILED");

        purge.purge();

        assertThat(jdbc.sql("select id from event_publication where id in (:ids)")
                        .param("ids", List.of(oldCompleted, recentCompleted, oldIncomplete, oldFailed))
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(recentCompleted, oldIncomplete, oldFailed);
        jdbc.sql("delete from event_publication where id in (:ids)")
                .param("ids", List.of(recentCompleted, oldIncomplete, oldFailed))
                .update();
    }

    private UUID publication(Instant published, Instant completed, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        values (:id, 'test.listener', 'test.Event', :event, :published, :completed, :status, 1)
                        """)
                .param("id", id)
                .param("event", "{\"test\":\"" + id + "\"}")
                .param("published", java.sql.Timestamp.from(published))
                .param("completed", completed == null ? null : java.sql.Timestamp.from(completed))
                .param("status", status)
                .update();
        return id;
    }
}
