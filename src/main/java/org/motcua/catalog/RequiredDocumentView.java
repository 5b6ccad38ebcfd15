package org.motcua.catalog;

/**
 * One document of a procedure's published dossier.
 *
 * @param order position in the published list, from 1
 * @param templateFileName file name of the blank form, {@code null} if none
 * @param fromEDataStore may be taken from the applicant's e-data store instead of being handed in
 */
public record RequiredDocumentView(
        int order,
        String name,
        DocumentForm form,
        int quantity,
        boolean mandatory,
        String templateFileName,
        boolean fromEDataStore) {}
