package org.motcua.web;

import java.io.InputStream;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The files of a dossier for the signed-in officer's browser (the API wants a bearer token): the forms
 * and results issued (receipt, supplement request, refusal, result …) to print, and the files uploaded
 * for its documents to check. The same visibility rules as everywhere: a dossier one may not see is 404.
 */
@Controller
@RequestMapping("/can-bo/ho-so/{code}")
class OfficerDocuments {

    private final DossierDocuments documents;
    private final Dossiers dossiers;
    private final FileStore files;

    OfficerDocuments(DossierDocuments documents, Dossiers dossiers, FileStore files) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.files = files;
    }

    /** An issued document, shown in the browser so it prints in one action. */
    @GetMapping("/giay-to/{id}")
    ResponseEntity<InputStreamResource> issued(@PathVariable String code, @PathVariable long id, CurrentUser user) {
        DossierDocuments.Download download = documents.download(code, id, user);
        return FileResponses.stream(
                download.content(),
                download.document().contentType(),
                download.document().size(),
                download.document().fileName(),
                true);
    }

    /** A file the applicant or the desk attached to one of the dossier's documents. */
    @GetMapping("/tep/{sha256}")
    ResponseEntity<InputStreamResource> uploaded(
            @PathVariable String code, @PathVariable String sha256, CurrentUser user) {
        SubmittedDocument document = dossiers.document(code, sha256, user);
        InputStream content =
                files.open(sha256).orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
        // PDFs and photos open in the browser to be checked; anything else downloads.
        boolean viewable =
                java.util.Set.of("application/pdf", "image/png", "image/jpeg").contains(document.contentType());
        return FileResponses.stream(
                content, document.contentType(), document.fileSize(), document.fileName(), viewable);
    }
}
