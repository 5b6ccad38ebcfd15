package org.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one printed form of a dossier says (docs/domain.md §4). The dossier module gathers it; each kind prints
 * the fields its official template has and ignores the rest (left {@code null} or empty).
 *
 * @param code the dossier code, printed and encoded in the QR code with the public tracking address
 * @param sets how many sets (bộ) of the dossier were handed in
 * @param processingTime the legal processing time as published ("05 ngày làm việc")
 * @param returnAt the appointment: for an apology the new one, {@link #previousReturnAt} the old one
 * @param bookEntry where the dossier is entered in the tracking book ("Quyển số 2026, số thứ tự 0007")
 * @param officerName the officer who receives, requests or refuses
 * @param signer who signs for the agency (apology, stop notice, refusal)
 * @param reasons the missing papers, the refusal's reasons, the delay's reason, the stop's reason
 * @param handOvers control slip: one row per hand-over
 */
public record DossierForm(
        FormKind kind,
        Circular circular,
        Issuer issuer,
        String code,
        Party applicant,
        String procedureName,
        List<Paper> papers,
        int sets,
        String processingTime,
        LocalDateTime receivedAt,
        LocalDateTime returnAt,
        String returnPlace,
        List<Fee> fees,
        String bookEntry,
        LocalDateTime issuedAt,
        String officerName,
        Signer signer,
        String reasons,
        LocalDateTime previousReturnAt,
        List<HandOver> handOvers) {

    public DossierForm {
        papers = papers == null ? List.of() : List.copyOf(papers);
        fees = fees == null ? List.of() : List.copyOf(fees);
        handOvers = handOvers == null ? List.of() : List.copyOf(handOvers);
    }

    /**
     * The unit that issues the form, under its superior ("UBND TỈNH HỒNG LAM" over "TRUNG TÂM PHỤC VỤ HÀNH
     * CHÍNH CÔNG"), the place written before the date and the complaint hotline.
     */
    public record Issuer(String superiorName, String name, String place, String hotline) {}

    /** The applicant: a person or an organisation. */
    public record Party(String name, String idNumber, String address, String phone, String email) {}

    /** One paper received: its name, original/certified copy/copy, how many. */
    public record Paper(String name, String form, int quantity) {}

    /** One fee or charge; {@code amountVnd} null when the amount depends on the case. */
    public record Fee(String name, Long amountVnd, String unit) {}

    /** Who signs for the agency, under which title ("THỦ TRƯỞNG CƠ QUAN"). */
    public record Signer(String title, String name) {}

    /**
     * One hand-over of the dossier (control slip): from whom to whom, when, against which due time, and
     * whether the handing-over step finished early, on time or late.
     */
    public record HandOver(
            String fromUnit,
            String fromPerson,
            String toUnit,
            String toPerson,
            LocalDateTime at,
            LocalDateTime dueAt,
            Timeliness verdict,
            String note) {}

    /** Early, on time or late, as the control slip and the reports print it. */
    public enum Timeliness {
        EARLY("Trước hạn"),
        ON_TIME("Đúng hạn"),
        LATE("Quá hạn");

        private final String label;

        Timeliness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
