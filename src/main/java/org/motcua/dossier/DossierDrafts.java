package org.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.StagedFile;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.internal.DossierUploads;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Vietnam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online applications being filled in, one per account and procedure, kept in the database at every
 * step: an expired session or a closed browser loses nothing typed and no file uploaded. Files are
 * checked and stored when uploaded (the same checks as a submission) and become the dossier's files on
 * submission. A submitted draft remembers its dossier, so coming back shows that dossier, never a second.
 */
@Service
public class DossierDrafts {

    /**
     * @param fields what the applicant typed, by form field name, as typed (also what did not validate)
     * @param files the uploaded file of each required document, by the document's order
     * @param dossierId the dossier created from this draft; {@code null} until submitted
     */
    public record Draft(
            UUID procedureId,
            String submissionKey,
            Map<String, String> fields,
            Map<Integer, StagedFile> files,
            UUID dossierId,
            LocalDateTime updatedAt) {

        public boolean submitted() {
            return dossierId != null;
        }
    }

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};
    private static final TypeReference<Map<Integer, StagedFile>> FILES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DossierUploads uploads;
    private final Dossiers dossiers;
    private final FileStore files;
    private final Clock clock;

    DossierDrafts(
            JdbcClient jdbc, JsonMapper json, DossierUploads uploads, Dossiers dossiers, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.uploads = uploads;
        this.dossiers = dossiers;
        this.files = files;
        this.clock = clock;
    }

    /** The largest file accepted for a document (the submission's own limit). */
    public long maxFileSize() {
        return uploads.maxFileSize();
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(CurrentUser user, UUID procedureId) {
        return jdbc.sql("""
                        select procedure_id, submission_key, fields::text as fields, files::text as files,
                               dossier_id, updated_at
                          from dossier.draft where account_id = :a and procedure_id = :p
                        """)
                .param("a", user.id())
                .param("p", procedureId)
                .query((rs, n) -> new Draft(
                        rs.getObject("procedure_id", UUID.class),
                        rs.getString("submission_key"),
                        json.readValue(rs.getString("fields"), FIELDS),
                        new TreeMap<>(json.readValue(rs.getString("files"), FILES)),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getObject("updated_at", LocalDateTime.class)))
                .optional();
    }

    /** The draft for this procedure; a new one (with a new submission key and {@code initial} fields) if none. */
    @Transactional
    public Draft open(CurrentUser user, UUID procedureId, Map<String, String> initial) {
        jdbc.sql("""
                        insert into dossier.draft (account_id, procedure_id, submission_key, fields, updated_at)
                        values (:a, :p, :k, cast(:f as jsonb), :now)
                        on conflict (account_id, procedure_id) do nothing
                        """)
                .param("a", user.id())
                .param("p", procedureId)
                .param("k", UUID.randomUUID().toString())
                .param("f", json.writeValueAsString(initial))
                .param("now", now())
                .update();
        return find(user, procedureId).orElseThrow();
    }

    /** Keeps what was typed: {@code fields} replace the same fields of the draft. A submitted draft is kept as it is. */
    @Transactional
    public Draft save(CurrentUser user, UUID procedureId, Map<String, String> fields) {
        Draft draft = open(user, procedureId, Map.of());
        if (draft.submitted()) {
            return draft;
        }
        Map<String, String> merged = new LinkedHashMap<>(draft.fields());
        fields.forEach((k, v) -> merged.put(k, v == null ? "" : v));
        return write(user, procedureId, "fields", merged);
    }

    /**
     * Checks every uploaded file ({@code documentIndex} = the required document's order) and, only when
     * all pass, stores them as the draft's files for those documents (replacing earlier ones). A file
     * that fails is reported on its field {@code documents[order].file}; then nothing is stored.
     */
    @Transactional
    public Draft attach(CurrentUser user, UUID procedureId, List<Upload> uploaded) {
        Draft draft = open(user, procedureId, Map.of());
        if (draft.submitted() || uploaded.isEmpty()) {
            return draft;
        }
        List<StagedFile> stored = uploads.stage(uploaded);
        Map<Integer, StagedFile> merged = new TreeMap<>(draft.files());
        for (int i = 0; i < uploaded.size(); i++) {
            merged.put(uploaded.get(i).documentIndex(), stored.get(i));
        }
        return write(user, procedureId, "files", merged);
    }

    /** Writes one JSON column of the draft ({@code fields} or {@code files}) and reads the draft back. */
    private Draft write(CurrentUser user, UUID procedureId, String column, Object value) {
        jdbc.sql("update dossier.draft set " + column + " = cast(:v as jsonb), updated_at = :now"
                        + " where account_id = :a and procedure_id = :p")
                .param("v", json.writeValueAsString(value))
                .param("now", now())
                .param("a", user.id())
                .param("p", procedureId)
                .update();
        return find(user, procedureId).orElseThrow();
    }

    /**
     * Submits the draft as {@code command}, with the draft's files for the documents that name a
     * required order, under the draft's submission key: sent again (a double click, the back button), it
     * answers the dossier the first call created.
     */
    @Transactional
    public DossierView submit(CurrentUser user, UUID procedureId, Submit command) {
        Draft draft =
                find(user, procedureId).orElseThrow(() -> DomainException.notFound("dossier.not_found", procedureId));
        if (draft.submitted()) {
            return dossiers.get(draft.dossierId().toString(), user);
        }
        List<Upload> attached = new ArrayList<>();
        List<DocumentInput> documents = command.documents() == null ? List.of() : command.documents();
        for (int i = 0; i < documents.size(); i++) {
            Integer order = documents.get(i).requiredOrder();
            StagedFile file = order == null ? null : draft.files().get(order);
            if (file != null) {
                attached.add(upload(i, file));
            }
        }
        DossierView view = dossiers.submit(command, attached, Actor.person(user), draft.submissionKey());
        jdbc.sql("""
                        update dossier.draft set dossier_id = :d, updated_at = :now
                         where account_id = :a and procedure_id = :p
                        """)
                .param("d", view.id())
                .param("now", now())
                .param("a", user.id())
                .param("p", procedureId)
                .update();
        return view;
    }

    /**
     * Files checked one by one for a form shown again: those that passed, stored, by {@code documentIndex}
     * (so nobody has to choose them again), and what was wrong with the others, on their fields.
     */
    public record Kept(Map<Integer, StagedFile> files, List<FieldError> problems) {}

    /** Checks each file on its own and stores those that pass (see {@link Kept}). */
    public Kept keep(List<Upload> uploaded) {
        Map<Integer, StagedFile> kept = new TreeMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (Upload upload : uploaded) {
            try {
                kept.put(upload.documentIndex(), uploads.stage(List.of(upload)).getFirst());
            } catch (DomainException e) {
                problems.addAll(e.fieldErrors());
            }
        }
        return new Kept(kept, problems);
    }

    /** A file stored earlier, uploaded again for the document at {@code documentIndex} of a submission. */
    public Upload upload(int documentIndex, StagedFile file) {
        return new Upload(
                documentIndex,
                file.fileName(),
                file.contentType(),
                file.size(),
                () -> files.open(file.sha256())
                        .orElseThrow(() -> new IllegalStateException("staged file missing: " + file.sha256())));
    }

    /** Forgets the draft (to start another application for the same procedure); its dossier stays. */
    @Transactional
    public void discard(CurrentUser user, UUID procedureId) {
        jdbc.sql("delete from dossier.draft where account_id = :a and procedure_id = :p")
                .param("a", user.id())
                .param("p", procedureId)
                .update();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
    }
}
