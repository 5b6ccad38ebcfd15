package org.motcua.dossier;

import org.motcua.catalog.DocumentForm;

/**
 * One paper (or file) handed in for a required document of the procedure.
 *
 * @param requiredOrder the order of the required document in the procedure's list (null: an extra paper)
 * @param form original, certified copy or copy, as checked at the desk (never "original or copy": that is
 *     what a procedure may ask for, not what a paper is)
 * @param origin how it was digitised: scanned at the counter, uploaded by the applicant, or reused
 * @param fileSha256 the stored file's content hash (null for paper not yet scanned)
 */
public record SubmittedDocument(
        Integer requiredOrder,
        String name,
        DocumentForm form,
        int quantity,
        DocumentOrigin origin,
        String fileSha256,
        String fileName,
        String contentType,
        Long fileSize) {}
