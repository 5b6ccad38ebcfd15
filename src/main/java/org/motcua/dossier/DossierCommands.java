package org.motcua.dossier;

import java.util.List;
import java.util.UUID;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.springframework.core.io.InputStreamSource;

/** What clients send to create dossiers (the JSON body of the API) and the files that come with them. */
public final class DossierCommands {

    private DossierCommands() {}

    /**
     * A new dossier. An applicant submits ONLINE (it waits for the desk to accept it); a reception officer
     * registers a COUNTER or POSTAL dossier and receives it at once when the papers are complete.
     */
    public record Submit(
            UUID procedureId,
            Channel channel,
            UUID receivingCenterId,
            Applicant applicant,
            String summary,
            DeliveryMethod deliveryMethod,
            String deliveryAddress,
            List<DocumentInput> documents) {}

    /**
     * One paper handed in for a required document.
     *
     * @param requiredOrder which required document of the procedure this is (null for an extra paper)
     * @param form ORIGINAL, CERTIFIED_COPY or COPY
     * @param origin SCANNED_AT_COUNTER, UPLOADED or REUSED
     */
    public record DocumentInput(
            Integer requiredOrder, String name, DocumentForm form, Integer quantity, DocumentOrigin origin) {

        /**
         * A paper the applicant uploads for a required document: in the form the procedure asks for, a copy
         * where it accepts either.
         */
        public static DocumentInput uploaded(int requiredOrder, DocumentForm asked, int quantity) {
            DocumentForm form = asked == DocumentForm.ORIGINAL_OR_COPY ? DocumentForm.COPY : asked;
            return new DocumentInput(requiredOrder, null, form, quantity, DocumentOrigin.UPLOADED);
        }
    }

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
}
