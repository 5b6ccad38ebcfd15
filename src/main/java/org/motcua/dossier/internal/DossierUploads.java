package org.motcua.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.motcua.documents.ContentTypes;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierCommands.StagedFile;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to submitted documents. Every file is checked before any is stored: not empty, of an
 * accepted kind judged by its bytes, and matching its name and declared type. Only then are they stored
 * (content-addressed) and linked to the documents by their SHA-256.
 */
@Component
public class DossierUploads {

    private final FileStore files;
    private final long maxFileSize;

    DossierUploads(FileStore files, @Value("${motcua.documents.max-file-size:20MB}") DataSize maxFileSize) {
        this.files = files;
        this.maxFileSize = maxFileSize.toBytes();
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public List<SubmittedDocument> attach(List<SubmittedDocument> documents, List<Upload> uploads) {
        for (Upload upload : uploads) {
            if (upload.documentIndex() < 0 || upload.documentIndex() >= documents.size()) {
                throw DomainException.invalid(
                        "validation.failed", List.of(new FieldError(field(upload), "UnknownDocument", null)));
            }
        }
        List<StagedFile> stored = stage(uploads);
        List<SubmittedDocument> attached = new ArrayList<>(documents);
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            StagedFile file = stored.get(i);
            SubmittedDocument d = attached.get(upload.documentIndex());
            attached.set(
                    upload.documentIndex(),
                    new SubmittedDocument(
                            d.requiredOrder(),
                            d.name(),
                            d.form(),
                            d.quantity(),
                            d.origin(),
                            file.sha256(),
                            file.fileName(),
                            file.contentType(),
                            file.size()));
        }
        return attached;
    }

    /** Checks every file, then (only when all pass) stores them; the stored files in the same order. */
    public List<StagedFile> stage(List<Upload> uploads) {
        List<ContentTypes> kinds = new ArrayList<>();
        for (Upload upload : uploads) {
            kinds.add(check(upload));
        }
        List<StagedFile> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            try (InputStream in = upload.content().getInputStream()) {
                FileStore.StoredFile file = files.store(in);
                stored.add(new StagedFile(
                        file.sha256(), safeName(upload.fileName()), kinds.get(i).mediaType(), file.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private static String field(Upload upload) {
        return "documents[" + upload.documentIndex() + "].file";
    }

    private ContentTypes check(Upload upload) {
        String field = field(upload);
        if (upload.size() == 0) {
            throw new DomainException(
                    "document.empty",
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    List.of(new FieldError(field, "NotEmpty", null)));
        }
        if (upload.size() > maxFileSize) {
            // The servlet container refuses larger requests too; this names the file that is too large.
            throw new DomainException(
                    "document.too_large",
                    HttpStatus.CONTENT_TOO_LARGE,
                    List.of(new FieldError(field, "FileSize", null)),
                    safeName(upload.fileName()),
                    maxFileSize / 1024 / 1024);
        }
        byte[] head;
        try (InputStream in = upload.content().getInputStream()) {
            head = in.readNBytes(16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContentTypes kind = ContentTypes.sniff(head)
                .orElseThrow(() -> new DomainException(
                        "document.type_not_allowed",
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        List.of(new FieldError(field, "FileType", null)),
                        safeName(upload.fileName())));
        if (!kind.matches(upload.fileName(), upload.claimedType())) {
            throw new DomainException(
                    "document.type_mismatch",
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    List.of(new FieldError(field, "FileType", null)),
                    safeName(upload.fileName()));
        }
        // A file that is also another kind (a PDF that a ZIP reader opens, a document carrying a program).
        if (kind.disguised(upload.content()).isPresent()) {
            throw new DomainException(
                    "document.type_not_allowed",
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    List.of(new FieldError(field, "FileType", null)),
                    safeName(upload.fileName()));
        }
        return kind;
    }

    /** The last segment of a client's file name, without control characters: never a path. */
    public static String safeName(String fileName) {
        return Text.fileName(fileName, "tep-dinh-kem");
    }
}
