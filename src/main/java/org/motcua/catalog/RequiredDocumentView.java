package org.motcua.catalog;

/**
 * One document of a procedure's published dossier.
 *
 * @param order position in the published list, from 1
 * @param templateFileName original file name of the blank form (mẫu đơn, tờ khai), {@code null} if none
 * @param fromEDataStore may be taken from the applicant's e-data store instead of being handed in
 * @param templateSha256 the uploaded blank form in the file store; {@code null} when only its name is
 *     known (an imported spreadsheet names templates but cannot carry them)
 */
public record RequiredDocumentView(
        int order,
        String name,
        DocumentForm form,
        int quantity,
        boolean mandatory,
        String templateFileName,
        boolean fromEDataStore,
        String templateSha256) {

    public boolean downloadable() {
        return templateSha256 != null;
    }

    public RequiredDocumentView withTemplate(String fileName, String sha256) {
        return new RequiredDocumentView(order, name, form, quantity, mandatory, fileName, fromEDataStore, sha256);
    }
}
