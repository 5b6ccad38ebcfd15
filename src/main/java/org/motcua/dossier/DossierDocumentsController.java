package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.motcua.documents.FormKind;
import org.motcua.documents.Forms;
import org.motcua.documents.TrackingBook;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Dossier documents",
        description = "Forms issued for a dossier (receipts, control slips …), the signed result, the tracking book")
class DossierDocumentsController {

    private static final MediaType XLSX = FileResponses.XLSX;

    private final DossierDocuments documents;
    private final Forms forms;

    DossierDocumentsController(DossierDocuments documents, Forms forms) {
        this.documents = documents;
        this.forms = forms;
    }

    @GetMapping("/api/v1/dossiers/{code}/documents")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @Operation(summary = "The forms and result files issued for the dossier")
    List<DossierDocuments.DocumentView> list(@PathVariable String code, CurrentUser user) {
        return documents.list(code, user);
    }

    // {document}, not {id}: the same template as issue() below, which OpenAPI requires of one path.
    @GetMapping("/api/v1/dossiers/{code}/documents/{document}")
    @ApiResponse(
            responseCode = "200",
            description = "The document as it was issued (PDF, or the uploaded result file)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(
            status = 404,
            codes = {"dossier.not_found", "document.not_found"})
    @Operation(summary = "Download an issued document: always the bytes that were issued")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String code,
            @PathVariable("document") @Parameter(description = "The id of the issued document") String id,
            CurrentUser user) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("document.not_found", id);
        }
        DossierDocuments.Download download = documents.download(code, number, user);
        return FileResponses.stream(
                download.content(),
                download.document().contentType(),
                download.document().size(),
                download.document().fileName(),
                true);
    }

    @PostMapping("/api/v1/dossiers/{code}/documents/{document}")
    @ProblemResponse(status = 400, codes = "document.not_a_dossier_form")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 404,
            codes = {"dossier.not_found", "document.unknown_form"})
    @ProblemResponse(status = 409, codes = "document.form_not_allowed")
    @Operation(summary = "Issue a form on demand (control-slip) or reprint one an action produced (receipt …)")
    DossierDocuments.DocumentView issue(
            @PathVariable String code,
            @PathVariable("document") @Parameter(description = "The kind of form: control-slip, receipt …") String kind,
            CurrentUser user) {
        FormKind form =
                FormKind.fromPath(kind).orElseThrow(() -> DomainException.notFound("document.unknown_form", kind));
        return documents.issue(code, form, user);
    }

    @PostMapping(path = "/api/v1/dossiers/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @ProblemResponse(status = 409, codes = "document.result_not_allowed")
    @ProblemResponse(
            status = 422,
            codes = {"document.result_not_pdf", "document.pdf_encrypted", "document.pdf_unreadable"})
    @Operation(summary = "Upload the signed result (PDF); its signatures are verified and reported")
    DossierDocuments.DocumentView result(
            @PathVariable String code, @RequestPart("file") MultipartFile file, CurrentUser user) {
        try {
            return documents.uploadResult(code, file.getOriginalFilename(), file.getBytes(), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/tracking-book")
    @ApiResponse(
            responseCode = "200",
            description = "The tracking book as PDF (format=pdf) or as a workbook (format=xlsx)",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 404,
            codes = {"catalog.agency_not_found", "document.unknown_form"})
    @ProblemResponse(status = 400, codes = "document.book_period_invalid")
    @Operation(summary = "The tracking book of a receiving unit for a period, as PDF (default) or xlsx")
    ResponseEntity<byte[]> trackingBook(
            @RequestParam UUID agency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "pdf") String format,
            CurrentUser user) {
        TrackingBook book = documents.trackingBook(agency, from, to, user);
        String name = "so-theo-doi-ho-so-" + from + "-" + to;
        return switch (format) {
            case "xlsx" ->
                ResponseEntity.ok()
                        .contentType(XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, FileResponses.disposition(name + ".xlsx", false))
                        .body(forms.workbook(book));
            case "pdf" ->
                ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, FileResponses.disposition(name + ".pdf", true))
                        .body(forms.render(book));
            default -> throw DomainException.notFound("document.unknown_form", format);
        };
    }
}
