package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.internal.FormRendering;
import org.motcua.dossier.internal.PendingForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code motcua.documents.render-forms: on-read}, the default: a form an action issued is kept as
 * captured and rendered only when someone first reads the dossier's documents — neither the background
 * renderer nor the sweep spends CPU on it before.
 */
class FormsRenderedOnReadIntegrationTests extends DossierApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PendingForms pending;

    @Autowired
    @Qualifier(FormRendering.RENDERER)
    ExecutorService renderer;

    @Test
    void aReceiptIsRenderedByItsFirstReaderOnly() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        // The renderer is one thread taking tasks in order: once this no-op has run, anything the
        // receive handed it has run too.
        renderer.submit(() -> {}).get();
        pending.sweep();
        assertThat(kinds("dossier.pending_form", code)).containsExactly("RECEIPT");
        assertThat(kinds("dossier.issued_document", code)).isEmpty();

        read(citizen, "/api/v1/dossiers/" + code + "/documents")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("RECEIPT"));
        assertThat(kinds("dossier.pending_form", code)).isEmpty();
        assertThat(kinds("dossier.issued_document", code)).containsExactly("RECEIPT");
    }

    private List<String> kinds(String table, String code) {
        return jdbc.sql("select t.kind from " + table + " t join dossier.dossier d on d.id = t.dossier_id"
                        + " where d.code = :code")
                .param("code", code)
                .query(String.class)
                .list();
    }
}
