package org.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.documents.Forms;
import org.motcua.documents.PdfSignatures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The documents issued for dossiers ({@code dossier.issued_document}): rows are added, never changed. */
@Component
public class IssuedDocuments {

    public static final String RESULT = "RESULT";

    /** One issued document as stored. */
    public record Row(
            long id,
            UUID dossierId,
            String kind,
            String formNumber,
            Long historyId,
            String sha256,
            long size,
            String fileName,
            String contentType,
            PdfSignatures.Report signature,
            LocalDateTime createdAt,
            String createdBy) {}

    private final JdbcClient jdbc;

    IssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Row add(
            UUID dossierId, Long historyId, Forms.IssuedForm form, String fileName, LocalDateTime at, String by) {
        long id = insert(
                dossierId,
                form.kind().name(),
                form.number(),
                historyId,
                form.sha256(),
                form.size(),
                fileName,
                "application/pdf",
                null,
                at,
                by);
        return byId(dossierId, id).orElseThrow();
    }

    public Row addResult(
            UUID dossierId,
            String sha256,
            long size,
            String fileName,
            PdfSignatures.Report signature,
            LocalDateTime at,
            String by) {
        long id = insert(dossierId, RESULT, null, null, sha256, size, fileName, "application/pdf", signature, at, by);
        return byId(dossierId, id).orElseThrow();
    }

    private long insert(
            UUID dossierId,
            String kind,
            String number,
            Long historyId,
            String sha256,
            long size,
            String fileName,
            String contentType,
            PdfSignatures.Report signature,
            LocalDateTime at,
            String by) {
        return jdbc.sql("""
                        insert into dossier.issued_document (dossier_id, kind, form_number, history_id, sha256, size,
                                file_name, content_type, signature_status, signer, signed_at, created_at, created_by)
                        values (:dossier, :kind, :number, :history, :sha256, :size, :fileName, :contentType,
                                :status, :signer, :signedAt, :at, :by)
                        returning id
                        """)
                .param("dossier", dossierId)
                .param("kind", kind)
                .param("number", number)
                .param("history", historyId)
                .param("sha256", sha256)
                .param("size", size)
                .param("fileName", fileName)
                .param("contentType", contentType)
                .param("status", signature == null ? null : signature.status().name())
                .param("signer", signature == null ? null : signature.signer())
                .param("signedAt", signature == null ? null : signature.signedAt())
                .param("at", at)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public Optional<Row> forAction(long historyId, org.motcua.documents.FormKind kind) {
        return jdbc.sql("select * from dossier.issued_document where history_id = :h and kind = :k")
                .param("h", historyId)
                .param("k", kind.name())
                .query(IssuedDocuments::row)
                .optional();
    }

    public List<Row> of(UUID dossierId) {
        return jdbc.sql("select * from dossier.issued_document where dossier_id = :d"
                        + " order by created_at, history_id nulls last, id")
                .param("d", dossierId)
                .query(IssuedDocuments::row)
                .list();
    }

    public Optional<Row> byId(UUID dossierId, long id) {
        return jdbc.sql("select * from dossier.issued_document where dossier_id = :d and id = :id")
                .param("d", dossierId)
                .param("id", id)
                .query(IssuedDocuments::row)
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("signature_status");
        return new Row(
                rs.getLong("id"),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("kind"),
                rs.getString("form_number"),
                (Long) rs.getObject("history_id"),
                rs.getString("sha256"),
                rs.getLong("size"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                status == null
                        ? null
                        : new PdfSignatures.Report(
                                PdfSignatures.Status.valueOf(status),
                                rs.getString("signer"),
                                rs.getTimestamp("signed_at") == null
                                        ? null
                                        : rs.getTimestamp("signed_at").toLocalDateTime()),
                rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"));
    }
}
