package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamSource;

/** What clients send to create dossiers and act on them (JSON bodies of the API). */
public final class DossierCommands {

    private DossierCommands() {}

    /**
     * A new dossier. An applicant submits ONLINE (it waits for the desk to accept it); a reception officer
     * registers a COUNTER or POSTAL dossier and receives it at once when the papers are complete.
     */
    public record Submit(
            UUID procedureId,
            Dossier.Channel channel,
            UUID receivingCenterId,
            Applicant applicant,
            String summary,
            Dossier.DeliveryMethod deliveryMethod,
            String deliveryAddress,
            List<DocumentInput> documents) {}

    /**
     * One paper handed in for a required document.
     *
     * @param requiredOrder which required document of the procedure this is (null for an extra paper)
     * @param form ORIGINAL, CERTIFIED_COPY or COPY
     * @param origin SCANNED_AT_COUNTER, UPLOADED or REUSED
     */
    public record DocumentInput(Integer requiredOrder, String name, String form, Integer quantity, String origin) {}

    /**
     * One uploaded file for the document at {@code documentIndex} of the request (of the procedure's
     * list for a draft: the required document's order).
     *
     * @param claimedType the media type the client declared (not trusted, only compared)
     */
    public record Upload(
            int documentIndex, String fileName, String claimedType, long size, InputStreamSource content) {}

    /** A file checked and stored for a document before the dossier exists (a draft's upload). */
    public record StagedFile(String sha256, String fileName, String contentType, long size)
            implements java.io.Serializable {}

    /**
     * The body of {@code POST /api/v1/dossiers/{code}/{action}}; each action reads the fields it needs.
     *
     * @param note reasons, the list of missing papers, the question or answer, the apology reason
     * @param assigneeId ASSIGN: the specialist
     * @param toStep FORWARD (default: the next step) and SEND_BACK: the step order
     * @param agencyId CONSULT: the agency consulted; ANSWER: the answering agency
     * @param days CONSULT: working days given to the consulted agency (default 1)
     * @param amountVnd REQUEST_PAYMENT: the amount due
     * @param newAppointment EXTEND: the new return date
     * @param lateApology EXTEND: the apology comes later than one working day before the due time
     * @param recipient RETURN_RESULT: who received the result (or the postal tracking number)
     * @param documents SUBMIT_SUPPLEMENT: the papers added
     * @param version the dossier version the person saw; when given and no longer current, the action is
     *     refused with 409 (someone else acted first), so a double click or two officers never act twice
     * @param signer EXTEND and STOP: the head of the agency who signs the apology or the stop notice (default:
     *     the officer acting); RESOLVE: the head of the agency who signs a result produced from the template
     * @param decision RESOLVE: the decision as the officer types it; when given, the result document is produced
     *     from the template (the procedure's own, else the generic "kết quả giải quyết") and kept as the
     *     dossier's result — for dossiers whose signed result is not uploaded
     */
    public record Act(
            String note,
            UUID assigneeId,
            Integer toStep,
            UUID agencyId,
            BigDecimal days,
            Long amountVnd,
            LocalDateTime newAppointment,
            Boolean lateApology,
            String recipient,
            List<DocumentInput> documents,
            Long version,
            String signer,
            String decision) {

        public static Act empty() {
            return new Act(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** An action that needs only a note (reasons, the answer …) and the version the page showed. */
        public static Act note(String note, Long version) {
            return new Act(note, null, null, null, null, null, null, null, null, null, version, null, null);
        }

        /** A supplement answered: the note and the documents added. */
        public static Act supplement(String note, List<DocumentInput> documents, Long version) {
            return new Act(note, null, null, null, null, null, null, null, null, documents, version, null, null);
        }

        /** Assign to this officer. */
        public static Act assign(UUID assigneeId, Long version) {
            return new Act(null, assigneeId, null, null, null, null, null, null, null, null, version, null, null);
        }

        /** The result handed over to this recipient. */
        public static Act handOver(String recipient, Long version) {
            return new Act(null, null, null, null, null, null, null, null, recipient, null, version, null, null);
        }
    }
}
