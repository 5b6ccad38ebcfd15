package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierCommands.Act;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.FileResponses;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers")
class DossierController {

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final FileStore files;

    DossierController(Dossiers dossiers, DossierWorklists worklists, FileStore files) {
        this.dossiers = dossiers;
        this.worklists = worklists;
        this.files = files;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a dossier online, or register and receive one at the counter")
    ResponseEntity<DossierView> submit(
            @RequestBody Submit command,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user,
            Locale locale) {
        return created(dossiers.submit(command, user, idempotencyKey, locale));
    }

    /**
     * The same with files: part {@code dossier} is the JSON application, and part {@code documents[i]}
     * the file of the i-th document.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a dossier with the files of its documents (multipart)")
    ResponseEntity<DossierView> submitWithFiles(
            @RequestPart("dossier") Submit command,
            MultipartHttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user,
            Locale locale) {
        List<DossierCommands.Upload> uploads = new ArrayList<>();
        request.getMultiFileMap().forEach((name, files) -> {
            if (name.equals("dossier")) {
                return; // the application itself, read above
            }
            Matcher m = DOCUMENT_PART.matcher(name);
            if (!m.matches()) {
                throw DomainException.invalid(
                        "validation.failed", List.of(new FieldError(name, "UnknownDocument", null)));
            }
            for (MultipartFile file : files) {
                uploads.add(new DossierCommands.Upload(
                        Integer.parseInt(m.group(1)),
                        file.getOriginalFilename(),
                        file.getContentType(),
                        file.getSize(),
                        file));
            }
        });
        DossierView view = dossiers.submit(command, uploads, user, idempotencyKey, locale);
        return created(view);
    }

    private static final Pattern DOCUMENT_PART = Pattern.compile("documents\\[(\\d{1,3})]");

    private static ResponseEntity<DossierView> created(DossierView view) {
        String ref = view.code() != null ? view.code() : view.id().toString();
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + ref)).body(view);
    }

    @GetMapping("/{code}/files/{sha256}")
    @Operation(summary = "Download a file of one of the dossier's documents")
    ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String sha256, CurrentUser user) {
        SubmittedDocument document = dossiers.document(code, sha256, user);
        InputStream content =
                files.open(sha256).orElseThrow(() -> DomainException.notFound("dossier.file_not_found", sha256));
        return FileResponses.stream(content, document.contentType(), document.fileSize(), document.fileName(), false);
    }

    @GetMapping
    @Operation(summary = "Worklist: my, my unit's or my agency's dossiers, due first")
    DossierWorklists.Page worklist(
            @RequestParam(defaultValue = "unit") String view,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) UUID procedure,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            CurrentUser user) {
        return worklists.find(new DossierWorklists.Query(view, status, procedure, due, q, page, size), user);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One dossier, with the actions the caller may take")
    DossierView get(@PathVariable String code, CurrentUser user, Locale locale) {
        return dossiers.get(code, user, locale);
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every action taken on the dossier, oldest first")
    List<Dossiers.HistoryView> history(@PathVariable String code, CurrentUser user) {
        return dossiers.history(code, user);
    }

    record OnSite(String recipient) {}

    @PostMapping("/{code}/four-on-site")
    @Operation(summary = "Receive, approve and return in one sitting (\"4 tại chỗ\") for an eligible procedure")
    DossierView fourOnSite(@PathVariable String code, @RequestBody OnSite body, CurrentUser user, Locale locale) {
        return dossiers.completeOnSite(code, body.recipient(), user, locale);
    }

    @PostMapping("/{code}/{action}")
    @Operation(summary = "Take a lifecycle action (receive, forward, approve, return-result …)")
    DossierView act(
            @PathVariable String code,
            @PathVariable String action,
            @RequestBody(required = false) Act request,
            CurrentUser user,
            Locale locale) {
        DossierAction a = DossierAction.fromPath(action)
                .orElseThrow(() -> DomainException.notFound("dossier.unknown_action", action));
        try {
            return dossiers.act(code, a, request, user, locale);
        } catch (OptimisticLockingFailureException lost) {
            // Two officers acted at once: the loser learns the state the winner left.
            String now = dossiers.currentStatus(code, user).map(Enum::name).orElse("");
            throw new DomainException("dossier.concurrent_update", HttpStatus.CONFLICT, now);
        }
    }
}
