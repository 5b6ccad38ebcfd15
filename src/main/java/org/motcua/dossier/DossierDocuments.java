package org.motcua.dossier;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.documents.Circular;
import org.motcua.documents.ContentTypes;
import org.motcua.documents.DossierForm;
import org.motcua.documents.FileStore;
import org.motcua.documents.FormKind;
import org.motcua.documents.PdfSignatures;
import org.motcua.documents.TrackingBook;
import org.motcua.dossier.internal.Dossier;
import org.motcua.dossier.internal.DossierForms;
import org.motcua.dossier.internal.DossierHistory;
import org.motcua.dossier.internal.DossierPermissions;
import org.motcua.dossier.internal.DossierStore;
import org.motcua.dossier.internal.DossierUploads;
import org.motcua.dossier.internal.IssuedDocuments;
import org.motcua.dossier.internal.PendingForms;
import org.motcua.dossier.internal.RuleSet;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents issued for a dossier: the forms its actions produced, control slips, the result file;
 * and the tracking book of a receiving unit. Stored files never change: a download is always the bytes
 * that were issued.
 */
@Service
public class DossierDocuments {

    /**
     * One issued document as listed on the dossier.
     *
     * @param kind a form kind (RECEIPT …) or RESULT
     * @param formNumber the form number printed on it under the dossier's circular
     * @param signature for a result: whether its PDF signatures are valid, who signed, when
     */
    public record DocumentView(
            long id,
            String kind,
            String formNumber,
            String fileName,
            String contentType,
            long size,
            String sha256,
            LocalDateTime createdAt,
            String createdBy,
            PdfSignatures.Report signature) {

        static DocumentView of(IssuedDocuments.Row r) {
            return new DocumentView(
                    r.id(),
                    r.kind(),
                    r.formNumber(),
                    r.fileName(),
                    r.contentType(),
                    r.size(),
                    r.sha256(),
                    r.createdAt(),
                    r.createdBy(),
                    r.signature());
        }
    }

    /** A document to download: what it is and its stored bytes. */
    public record Download(DocumentView document, InputStream content) {}

    private static final int LONGEST_BOOK_DAYS = 366;

    private final DossierStore store;
    private final DossierForms forms;
    private final IssuedDocuments issued;
    private final PendingForms pending;
    private final DossierHistory history;
    private final DossierPermissions permissions;
    private final FileStore files;
    private final PdfSignatures signatures;
    private final Catalog catalog;
    private final JdbcClient jdbc;

    DossierDocuments(
            DossierStore store,
            DossierForms forms,
            IssuedDocuments issued,
            PendingForms pending,
            DossierHistory history,
            DossierPermissions permissions,
            FileStore files,
            PdfSignatures signatures,
            Catalog catalog,
            JdbcClient jdbc) {
        this.store = store;
        this.forms = forms;
        this.issued = issued;
        this.pending = pending;
        this.history = history;
        this.permissions = permissions;
        this.files = files;
        this.signatures = signatures;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** The dossier's documents; the applicant sees the result only once the dossier is resolved. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(String code, CurrentUser user) {
        Dossier d = store.visible(code, user);
        pending.renderAll(d.id());
        return issued.of(d.id()).stream()
                .filter(r -> mayRead(user, d, r))
                .map(DocumentView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(String code, long id, CurrentUser user) {
        Dossier d = store.visible(code, user);
        IssuedDocuments.Row row = issued.byId(d.id(), id)
                .filter(r -> mayRead(user, d, r))
                .orElseThrow(() -> DomainException.notFound("document.not_found", id));
        InputStream content = files.open(row.sha256())
                .orElseThrow(() -> new IllegalStateException("issued document missing from the store: " + id));
        return new Download(DocumentView.of(row), content);
    }

    /**
     * Issues a form on demand: a control slip as the history stands now, or the form an earlier action
     * produced (the stored one when it exists, so a reprint is the same bytes).
     */
    @Transactional
    public DocumentView issue(String code, FormKind kind, CurrentUser user) {
        Dossier d = store.visible(code, user);
        if (!user.isOfficer()) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, kind.path());
        }
        if (kind == FormKind.TRACKING_BOOK) {
            throw DomainException.invalid("document.not_a_dossier_form", List.of(), kind.path());
        }
        if (kind == FormKind.CONTROL_SLIP) {
            if (d.code() == null) {
                throw DomainException.conflict("document.form_not_allowed", kind.path(), d.status());
            }
            return DocumentView.of(forms.controlSlip(d, user.displayName(), store.now()));
        }
        DossierHistory.Entry producing = history.of(d.id()).stream()
                .filter(e -> DossierForms.PRODUCED_BY.get(e.transition().action()) == kind)
                .reduce((first, second) -> second)
                .orElseThrow(() -> DomainException.conflict("document.form_not_allowed", kind.path(), d.status()));
        return forms.issueFor(d, producing).map(DocumentView::of).orElseThrow();
    }

    /**
     * Keeps the signed result of an approved or resolved dossier after checking that it is a readable PDF
     * and verifying its signatures. A corrupt or password-protected file is refused and nothing is stored.
     */
    @Transactional
    public DocumentView uploadResult(String code, String fileName, byte[] content, CurrentUser user) {
        Dossier d = store.visible(code, user);
        var scope = permissions.scope(user);
        boolean ofTheAgency = user.isOfficer()
                && (scope.contains(d.competentAgencyId())
                        || scope.contains(d.receivingCenterId())
                        || (d.currentStepAgencyId() != null && scope.contains(d.currentStepAgencyId())));
        if (!ofTheAgency) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, "result");
        }
        if (d.status() != DossierStatus.APPROVED && d.status() != DossierStatus.RESOLVED) {
            throw DomainException.conflict("document.result_not_allowed", d.status());
        }
        String name = DossierUploads.safeName(fileName);
        boolean pdf = content.length > 0
                && ContentTypes.sniff(content)
                        .filter(t -> t == ContentTypes.PDF)
                        .isPresent()
                && ContentTypes.PDF.matches(name, null);
        if (!pdf) {
            throw new DomainException(
                    "document.result_not_pdf",
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    List.of(new FieldError("file", "FileType", null)),
                    name);
        }
        PdfSignatures.Report signature = signatures.verify(content);
        FileStore.StoredFile stored = files.store(new java.io.ByteArrayInputStream(content));
        return DocumentView.of(issued.addResult(
                d.id(), stored.sha256(), stored.size(), name, signature, store.now(), user.displayName()));
    }

    /** The book's rows: the unit's receipts of the period, read by (receiving center, received at). */
    static final String BOOK_ROWS = """
            select d.code, d.procedure_name, d.applicant_name, d.applicant_address, d.applicant_phone,
                   d.competent_agency_id, d.received_at, d.due_at, d.finished_at, d.returned_at, d.status,
                   (select min(h.at) from dossier.history h
                     where h.dossier_id = d.id and h.action = 'FORWARD') as transferred_at
              from dossier.dossier d
             where d.receiving_center_id = :unit and d.received_at >= :from and d.received_at < :to
             order by d.received_at, d.code
            """;

    /** The tracking book of a receiving unit: every dossier it received in the period, in order. */
    @Transactional(readOnly = true)
    public TrackingBook trackingBook(UUID agencyId, LocalDate from, LocalDate to, CurrentUser user) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_BOOK_DAYS) {
            throw DomainException.invalid(
                    "document.book_period_invalid", List.of(new FieldError("to", "Period", null)));
        }
        if (!user.isOfficer() || !permissions.scope(user).contains(agencyId)) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, "tracking-book");
        }
        AgencyView unit = catalog.agency(agencyId)
                .orElseThrow(() -> DomainException.notFound("catalog.agency_not_found", agencyId));
        Map<UUID, String> agencyNames = new HashMap<>();
        List<TrackingBook.Row> rows = jdbc.sql(BOOK_ROWS)
                .param("unit", agencyId)
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new TrackingBook.Row(
                        n + 1,
                        rs.getString("code"),
                        rs.getString("procedure_name"),
                        1,
                        rs.getString("applicant_name"),
                        joined(rs.getString("applicant_address"), rs.getString("applicant_phone")),
                        agencyNames.computeIfAbsent(
                                rs.getObject("competent_agency_id", UUID.class),
                                id -> catalog.agency(id).map(AgencyView::name).orElse("")),
                        time(rs.getTimestamp("received_at")),
                        time(rs.getTimestamp("due_at")),
                        time(rs.getTimestamp("transferred_at")),
                        time(rs.getTimestamp("finished_at")),
                        time(rs.getTimestamp("returned_at")),
                        statusNote(rs.getString("status"))))
                .list();
        String superior = unit.parentId() == null
                ? ""
                : catalog.agency(unit.parentId()).map(AgencyView::name).orElse("");
        return new TrackingBook(
                Circular.valueOf(RuleSet.at(to)),
                new DossierForm.Issuer(superior, unit.name(), null, null),
                unit.name(),
                from,
                to,
                store.now(),
                rows);
    }

    private boolean mayRead(CurrentUser user, Dossier d, IssuedDocuments.Row r) {
        return user.isOfficer()
                || !IssuedDocuments.RESULT.equals(r.kind())
                || d.status() == DossierStatus.RESOLVED
                || d.status() == DossierStatus.RETURNED;
    }

    private static String joined(String address, String phone) {
        if (address == null) {
            return phone;
        }
        return phone == null ? address : address + "; " + phone;
    }

    private static LocalDateTime time(java.sql.Timestamp at) {
        return at == null ? null : at.toLocalDateTime();
    }

    /** Dossiers that ended without a result say so in the book's note column. */
    private static String statusNote(String status) {
        return switch (DossierStatus.valueOf(status)) {
            case REFUSED -> "Từ chối tiếp nhận";
            case STOPPED -> "Dừng giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung hồ sơ";
            default -> null;
        };
    }
}
