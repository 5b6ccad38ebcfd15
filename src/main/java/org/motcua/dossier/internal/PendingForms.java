package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.documents.DossierForm;
import org.motcua.documents.FormKind;
import org.motcua.documents.Forms;
import org.motcua.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms an action produced, captured in the action's transaction as exactly what they print and rendered
 * to PDF after it commits ({@code dossier.pending_form}). Rendering and storing a PDF takes tens of
 * milliseconds; done inside the action it held the dossier's row lock and a connection that long, and
 * halved the lifecycle's throughput. Nothing is lost by a crash: the captured data is committed with the
 * action, and a pending form is rendered by whichever comes first of the background renderer, a reader
 * of the dossier's documents, or the periodic sweep. Rendering claims the row with a delete, so a form
 * is rendered once however many ask at the same time.
 *
 * <p>With {@code motcua.documents.render-forms: on-read} (the default) there is no background renderer and
 * no sweep: a form is rendered when someone first lists or downloads the dossier's documents, so forms
 * nobody reads cost no CPU at busy hours. {@code after-commit} has every form ready as soon as possible.
 */
@Component
public class PendingForms {

    private static final Logger log = LoggerFactory.getLogger(PendingForms.class);

    private record Key(long historyId, FormKind kind) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Forms forms;
    private final IssuedDocuments issued;
    private final TransactionTemplate ownTransaction;
    private final Executor renderer;
    private final boolean afterCommit;

    PendingForms(
            JdbcClient jdbc,
            JsonMapper json,
            Forms forms,
            IssuedDocuments issued,
            PlatformTransactionManager transactions,
            @Qualifier(FormRendering.RENDERER) Executor renderer,
            @Value("${motcua.documents.render-forms:on-read}") String when) {
        this.jdbc = jdbc;
        this.json = json;
        this.forms = forms;
        this.issued = issued;
        this.renderer = renderer;
        this.afterCommit = switch (when) {
            case "after-commit" -> true;
            case "on-read" -> false;
            default ->
                throw new IllegalArgumentException(
                        "motcua.documents.render-forms must be after-commit or on-read, not " + when);
        };
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps the form in the current transaction and has it rendered once that transaction commits. */
    public void add(UUID dossierId, long historyId, DossierForm form, String fileName, LocalDateTime at, String by) {
        jdbc.sql("""
                        insert into dossier.pending_form (history_id, kind, dossier_id, form, file_name, created_at,
                                created_by)
                        values (:history, :kind, :dossier, cast(:form as jsonb), :fileName, :at, :by)
                        """)
                .param("history", historyId)
                .param("kind", form.kind().name())
                .param("dossier", dossierId)
                .param("form", json.writeValueAsString(form))
                .param("fileName", fileName)
                .param("at", at)
                .param("by", by)
                .update();
        if (!afterCommit) {
            return;
        }
        Key key = new Key(historyId, form.kind());
        AfterCommit.run(() -> renderer.execute(() -> renderQuietly(key)));
    }

    /**
     * The issued form of this action: renders it now if it is still pending; empty when it was never
     * captured (dossiers written before forms existed, or by the demo loader).
     */
    public Optional<IssuedDocuments.Row> render(long historyId, FormKind kind) {
        return ownTransaction.execute(status -> {
            Optional<Claimed> claimed = jdbc.sql("""
                            delete from dossier.pending_form where history_id = :history and kind = :kind
                            returning dossier_id, form, file_name, created_at, created_by
                            """)
                    .param("history", historyId)
                    .param("kind", kind.name())
                    .query((rs, n) -> new Claimed(
                            rs.getObject("dossier_id", UUID.class),
                            rs.getString("form"),
                            rs.getString("file_name"),
                            rs.getObject("created_at", LocalDateTime.class),
                            rs.getString("created_by")))
                    .optional();
            if (claimed.isEmpty()) {
                // Rendered already (perhaps by a concurrent claimer that has just committed), or never captured.
                return issued.forAction(historyId, kind);
            }
            Claimed c = claimed.get();
            DossierForm form = json.readValue(c.form(), DossierForm.class);
            return Optional.of(issued.add(c.dossierId(), historyId, forms.issue(form), c.fileName(), c.at(), c.by()));
        });
    }

    /** Renders the dossier's pending forms now, so that a list of its documents is complete. */
    public void renderAll(UUID dossierId) {
        keys("select history_id, kind from dossier.pending_form where dossier_id = :d order by history_id", dossierId)
                .forEach(k -> render(k.historyId(), k.kind()));
    }

    /** Renders what the background renderer did not get to: forms left by a crash or a full queue. */
    @Scheduled(fixedDelayString = "${motcua.dossier.pending-form-sweep:1m}", initialDelayString = "30s")
    @SchedulerLock(name = "dossier.pending-form-sweep", lockAtMostFor = "PT10M")
    public void sweep() {
        if (!afterCommit) {
            return;
        }
        keys("select history_id, kind from dossier.pending_form order by history_id limit 500", null)
                .forEach(this::renderQuietly);
    }

    private List<Key> keys(String sql, UUID dossierId) {
        var spec = jdbc.sql(sql);
        if (dossierId != null) {
            spec = spec.param("d", dossierId);
        }
        return spec.query((rs, n) -> new Key(rs.getLong("history_id"), FormKind.valueOf(rs.getString("kind"))))
                .list();
    }

    private void renderQuietly(Key key) {
        try {
            render(key.historyId(), key.kind());
        } catch (RuntimeException e) {
            // Stays pending: the sweep and the next reader try again.
            log.warn("Rendering {} of history row {} failed; it stays pending", key.kind(), key.historyId(), e);
        }
    }

    private record Claimed(UUID dossierId, String form, String fileName, LocalDateTime at, String by) {}
}
