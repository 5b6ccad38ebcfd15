package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.motcua.documents.FormKind;
import org.motcua.dossier.internal.FormRendering;
import org.motcua.dossier.internal.PendingForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Forms rendered after their action commits, with the after-commit renderer replaced by one that drops
 * every task — what a crash right after the commit does. Nothing is lost: the captured form is rendered
 * by the first reader of the dossier's documents, or by the sweep, and exactly once.
 */
@Import(PendingFormsIntegrationTests.CrashingRenderer.class)
@TestPropertySource(
        properties = {"spring.main.allow-bean-definition-overriding=true", "motcua.documents.render-forms=after-commit"
        })
class PendingFormsIntegrationTests extends DossierApiTestSupport {

    @TestConfiguration(proxyBeanMethods = false)
    static class CrashingRenderer {
        @Bean(name = FormRendering.RENDERER)
        Executor formRenderer() {
            return task -> {};
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PendingForms pending;

    @Test
    void aReceiptWhoseRenderingWasLostIsRenderedByTheFirstReader() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        assertThat(pendingOf(code)).containsExactly("RECEIPT");

        read(desk, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("RECEIPT"))
                .andExpect(jsonPath("$[0].formNumber").value("01"));
        assertThat(pendingOf(code)).isEmpty();
        // A second reader finds the same document, not a second one.
        read(citizen, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSweepRendersWhatWasLeftPending() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        assertThat(pendingOf(code)).containsExactly("RECEIPT");

        pending.sweep();

        assertThat(pendingOf(code)).isEmpty();
        assertThat(issuedOf(code)).containsExactly("RECEIPT");
    }

    @Test
    void claimersRacingForOneFormIssueItOnce() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        long historyId = jdbc.sql("select p.history_id from dossier.pending_form p"
                        + " join dossier.dossier d on d.id = p.dossier_id where d.code = :code")
                .param("code", code)
                .query(Long.class)
                .single();

        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Long> claim = () -> pending.render(historyId, FormKind.RECEIPT)
                        .orElseThrow()
                        .id();
                ids.add(pool.submit(claim));
            }
            long first = ids.getFirst().get();
            for (Future<Long> id : ids) {
                assertThat(id.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(issuedOf(code)).containsExactly("RECEIPT");
    }

    private List<String> pendingOf(String code) {
        return jdbc.sql("select p.kind from dossier.pending_form p join dossier.dossier d on d.id = p.dossier_id"
                        + " where d.code = :code")
                .param("code", code)
                .query(String.class)
                .list();
    }

    private List<String> issuedOf(String code) {
        return jdbc.sql("select i.kind from dossier.issued_document i join dossier.dossier d on d.id = i.dossier_id"
                        + " where d.code = :code")
                .param("code", code)
                .query(String.class)
                .list();
    }
}
