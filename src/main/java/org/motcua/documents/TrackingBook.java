package org.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The tracking book (sổ theo dõi hồ sơ) of a unit for a period: one row per dossier received, in the order
 * received (docs/domain.md §4).
 *
 * @param scope the agency or counter the book is kept for
 */
public record TrackingBook(
        Circular circular,
        DossierForm.Issuer issuer,
        String scope,
        LocalDate from,
        LocalDate to,
        LocalDateTime issuedAt,
        List<Row> rows) {

    public TrackingBook {
        rows = List.copyOf(rows);
    }

    /**
     * One dossier in the book.
     *
     * @param transferredAt handed from the desk to the competent agency
     * @param resultReceivedAt the result came back to the desk (resolved)
     */
    public record Row(
            int number,
            String code,
            String procedureName,
            int sets,
            String applicantName,
            String addressAndPhone,
            String leadAgency,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime transferredAt,
            LocalDateTime resultReceivedAt,
            LocalDateTime returnedAt,
            String note) {}
}
