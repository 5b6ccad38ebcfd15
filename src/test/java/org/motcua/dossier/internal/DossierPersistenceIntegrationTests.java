package org.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.StepVerdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DossierPersistenceIntegrationTests {

    @Autowired
    DossierRepository dossiers;

    @Autowired
    DossierHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aDossierComesBackExactlyAsSaved() {
        Dossier d = DossierFixtures.inProgress();
        d.consult(
                DossierFixtures.PARTNER,
                "Xác minh nơi cư trú",
                LocalDateTime.of(2026, 3, 4, 17, 0),
                DossierFixtures.MONDAY_9.plusHours(2),
                DossierFixtures.SPECIALIST);
        dossiers.save(d);

        Dossier loaded = dossiers.findByCode(d.code()).orElseThrow();
        assertThat(loaded.status()).isEqualTo(DossierStatus.CONSULTING);
        assertThat(loaded.applicant()).isEqualTo(DossierFixtures.citizen());
        assertThat(loaded.documents()).hasSize(1);
        assertThat(loaded.consultations())
                .singleElement()
                .satisfies(c -> assertThat(c.isOpen()).isTrue());
        assertThat(loaded.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(loaded.currentStep()).isEqualTo(2);
    }

    @Test
    void twoOfficersSavingTheSameVersionCannotBothWin() {
        Dossier d = DossierFixtures.received();
        dossiers.save(d);
        Dossier first = dossiers.findById(d.id()).orElseThrow();
        Dossier second = dossiers.findById(d.id()).orElseThrow();
        first.assign(DossierFixtures.SPECIALIST.accountId(), DossierFixtures.MONDAY_9, DossierFixtures.OFFICER);
        dossiers.save(first);
        second.assign(DossierFixtures.SPECIALIST.accountId(), DossierFixtures.MONDAY_9, DossierFixtures.OFFICER);
        assertThatThrownBy(() -> dossiers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theHistoryIsAppendOnly() {
        Dossier d = DossierFixtures.received();
        dossiers.save(d);
        for (Transition t : d.transitions()) {
            history.append(d.id(), t, DossierFixtures.OFFICER);
        }
        List<DossierHistory.Entry> rows = history.of(d.id());
        assertThat(rows).extracting(e -> e.transition().action()).containsExactly(DossierAction.RECEIVE);
        assertThat(rows.getFirst().actorName()).isEqualTo("Nguyễn Thị Lan");

        assertThatThrownBy(() -> jdbc.sql("update dossier.history set note = 'x' where dossier_id = :d")
                        .param("d", d.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from dossier.history where dossier_id = :d")
                        .param("d", d.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    /**
     * A write whose nullable values change between null and a value from call to call keeps the one
     * statement the server prepared (pgjdbc prepares again when a parameter's type changes, and a typed
     * value after an untyped null is such a change).
     */
    @Test
    void historyRowsWithAndWithoutOptionalFactsShareOnePreparedStatement() {
        Dossier d = DossierFixtures.received();
        dossiers.save(d);
        long executionsOfThePreparedStatement = transactions.execute(tx -> {
            for (int i = 0; i < 12; i++) {
                boolean odd = i % 2 == 1;
                history.append(
                        d.id(),
                        new Transition(
                                DossierAction.FORWARD,
                                DossierStatus.IN_PROGRESS,
                                DossierStatus.IN_PROGRESS,
                                odd ? null : 1,
                                odd ? null : 2,
                                DossierFixtures.MONDAY_9.plusMinutes(i),
                                odd ? null : DossierFixtures.MONDAY_9.plusDays(3),
                                odd ? StepVerdict.ON_TIME : null,
                                odd ? null : "Chuyển bước " + i),
                        DossierFixtures.OFFICER);
            }
            // On this transaction's connection: executions since the statement was last prepared there.
            return jdbc.sql("""
                            select coalesce(max(generic_plans + custom_plans), 0) from pg_prepared_statements
                            where statement like '%insert into dossier.history%'
                            """).query(Long.class).single();
        });
        // pgjdbc runs the first 4 executions on a connection unnamed, then prepares the statement once.
        assertThat(executionsOfThePreparedStatement).isGreaterThanOrEqualTo(8);
        assertThat(history.of(d.id())).hasSize(12);
    }
}
