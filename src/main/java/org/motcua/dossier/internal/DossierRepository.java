package org.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.dossier.Consultation;
import org.motcua.dossier.PauseInterval;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.UntypedParams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves the dossier aggregate with plain SQL: one query to load it with its documents,
 * pauses and consultations, one versioned update of the row, and inserts of only what the collections
 * gained since the load (documents and pauses are only ever added; a consultation is added, then
 * answered). Every action pays for these statements, so they are kept to the minimum (see docs/benchmarks.md). The events the
 * aggregate registered are published here, inside the transaction, for Spring Modulith's registry.
 */
@Repository
public class DossierRepository {

    private static final String SELECT = """
            select d.*,
                   (select json_agg(json_build_object('requiredOrder', s.required_order, 'name', s.name, 'form', s.form,
                                    'quantity', s.quantity, 'origin', s.origin, 'fileSha256', s.file_sha256,
                                    'fileName', s.file_name, 'contentType', s.content_type, 'fileSize', s.file_size)
                                    order by s.position)
                      from dossier.submitted_document s where s.dossier_id = d.id) as documents,
                   (select json_agg(json_build_object('fromAt', p.from_at, 'toAt', p.to_at, 'kind', p.kind)
                                    order by p.position)
                      from dossier.pause p where p.dossier_id = d.id) as pauses,
                   (select json_agg(json_build_object('agencyId', c.agency_id, 'question', c.question,
                                    'openedAt', c.opened_at, 'dueAt', c.due_at, 'answer', c.answer,
                                    'answeredAt', c.answered_at) order by c.position)
                      from dossier.consultation c where c.dossier_id = d.id) as consultations
              from dossier.dossier d
            """;

    private static final TypeReference<List<SubmittedDocument>> DOCUMENTS = new TypeReference<>() {};
    private static final TypeReference<List<PauseInterval>> PAUSES = new TypeReference<>() {};
    private static final TypeReference<List<Consultation>> CONSULTATIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    DossierRepository(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
        this.json = json;
    }

    // Dossier.columns() always names the same columns in the same order, so each statement is built once.
    private volatile String insertSql;
    private volatile String updateSql;

    private static String insertSql(Map<String, Object> values) {
        return "insert into dossier.dossier (" + String.join(", ", values.keySet()) + ", version) values ("
                + values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", 0)";
    }

    private static String updateSql(Map<String, Object> values) {
        return "update dossier.dossier set "
                + values.keySet().stream()
                        .filter(c -> !c.equals("id"))
                        .map(c -> c + " = :" + c)
                        .collect(Collectors.joining(", "))
                + ", version = version + 1 where id = :id and version = :version";
    }

    public Optional<Dossier> findById(UUID id) {
        return load(SELECT + " where d.id = :key", id);
    }

    public Optional<Dossier> findByCode(String code) {
        return load(SELECT + " where d.code = :key", code);
    }

    public Optional<Dossier> findByReference(String reference) {
        return load(SELECT + " where d.reference = :key", reference);
    }

    /** The latest dossiers (newest first) whose applicant has this ID number or tax code. */
    public List<Dossier> latestOfApplicant(String idNumber, int limit) {
        return jdbc.sql(SELECT + " where d.applicant_id_number = :key or d.applicant_tax_code = :key"
                        + " order by d.submitted_at desc limit :limit")
                .param("key", idNumber)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private Optional<Dossier> load(String sql, Object key) {
        return jdbc.sql(sql).param("key", key).query(this::map).optional();
    }

    private Dossier map(ResultSet rs, int row) throws SQLException {
        return Dossier.restore(
                rs,
                list(rs.getString("documents"), DOCUMENTS),
                list(rs.getString("pauses"), PAUSES),
                list(rs.getString("consultations"), CONSULTATIONS));
    }

    private <T> List<T> list(String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.readValue(text, type);
    }

    /** Inserts a new dossier or updates a loaded one; a stale version fails (someone saved first). */
    public Dossier save(Dossier d) {
        Map<String, Object> values = d.columns();
        long newVersion;
        if (d.version() == null) {
            if (insertSql == null) {
                insertSql = insertSql(values);
            }
            jdbc.sql(insertSql).params(UntypedParams.of(values)).update();
            newVersion = 0;
        } else {
            if (updateSql == null) {
                updateSql = updateSql(values);
            }
            values.put("version", d.version());
            if (jdbc.sql(updateSql).params(UntypedParams.of(values)).update() != 1) {
                throw new OptimisticLockingFailureException("dossier " + d.id() + " was changed by someone else");
            }
            newVersion = d.version() + 1;
        }
        saveCollections(d);
        for (Object event : d.events()) {
            events.publishEvent(event);
        }
        d.saved(newVersion);
        return d;
    }

    /** Inserts what the collections gained since the dossier was loaded, and the consultations answered. */
    private void saveCollections(Dossier d) {
        List<SubmittedDocument> documents = d.documents();
        List<Object[]> rows = new ArrayList<>();
        for (int i = d.storedDocuments(); i < documents.size(); i++) {
            SubmittedDocument s = documents.get(i);
            rows.add(new Object[] {
                d.id(),
                i,
                s.requiredOrder(),
                s.name(),
                s.form() == null ? null : s.form().name(),
                s.quantity(),
                s.origin() == null ? null : s.origin().name(),
                s.fileSha256(),
                s.fileName(),
                s.contentType(),
                s.fileSize()
            });
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into dossier.submitted_document (dossier_id, position, required_order, name, form, quantity,
                        origin, file_sha256, file_name, content_type, file_size)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
        }
        List<PauseInterval> pauses = d.pauses();
        rows = new ArrayList<>();
        for (int i = d.storedPauses(); i < pauses.size(); i++) {
            PauseInterval p = pauses.get(i);
            rows.add(new Object[] {d.id(), i, p.fromAt(), p.toAt(), p.kind().name()});
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(
                    "insert into dossier.pause (dossier_id, position, from_at, to_at, kind) values (?, ?, ?, ?, ?)",
                    rows);
        }
        List<Consultation> consultations = d.consultations();
        rows = new ArrayList<>();
        for (int i = 0; i < consultations.size(); i++) {
            if (d.consultationChanged(i)) {
                Consultation c = consultations.get(i);
                rows.add(new Object[] {
                    d.id(), i, c.agencyId(), c.question(), c.openedAt(), c.dueAt(), c.answer(), c.answeredAt()
                });
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into dossier.consultation (dossier_id, position, agency_id, question, opened_at, due_at,
                        answer, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (dossier_id, position) do update set answer = excluded.answer,
                        answered_at = excluded.answered_at
                    """, rows);
        }
    }
}
