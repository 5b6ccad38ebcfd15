package org.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motcua.documents.FileStore;
import org.motcua.dossier.DossierCommand.Answer;
import org.motcua.dossier.DossierCommand.Approve;
import org.motcua.dossier.DossierCommand.Assign;
import org.motcua.dossier.DossierCommand.ConfirmPayment;
import org.motcua.dossier.DossierCommand.Consult;
import org.motcua.dossier.DossierCommand.Extend;
import org.motcua.dossier.DossierCommand.Forward;
import org.motcua.dossier.DossierCommand.FourOnSite;
import org.motcua.dossier.DossierCommand.Receive;
import org.motcua.dossier.DossierCommand.Refuse;
import org.motcua.dossier.DossierCommand.Reject;
import org.motcua.dossier.DossierCommand.RequestPayment;
import org.motcua.dossier.DossierCommand.RequestSupplement;
import org.motcua.dossier.DossierCommand.Resolve;
import org.motcua.dossier.DossierCommand.ReturnResult;
import org.motcua.dossier.DossierCommand.SendBack;
import org.motcua.dossier.DossierCommand.Stop;
import org.motcua.dossier.DossierCommand.SubmitSupplement;
import org.motcua.dossier.DossierCommand.Withdraw;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
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
@Tag(
        name = "Dossiers",
        description = "Submit dossiers, read them and take every lifecycle action: one operation per command")
@ProblemResponse(status = 404, codes = "dossier.not_found")
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
    @ApiResponse(responseCode = "201", description = "The dossier, at the address in Location")
    @ProblemResponse(status = 409, codes = "dossier.duplicate_submission")
    @ProblemResponse(
            status = 422,
            codes = {
                "dossier.unknown_center",
                "dossier.procedure_without_workflow",
                "dossier.procedure_without_time_limit"
            })
    @Operation(summary = "Submit a dossier online, or register and receive one at the counter")
    ResponseEntity<DossierView> submit(
            @RequestBody Submit command,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user) {
        return created(dossiers.submit(command, List.of(), Actor.person(user), idempotencyKey));
    }

    /**
     * The same with files: part {@code dossier} is the JSON application, and part {@code documents[i]}
     * the file of the i-th document.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "The dossier, at the address in Location")
    @ProblemResponse(status = 409, codes = "dossier.duplicate_submission")
    @ProblemResponse(status = 413, codes = "document.too_large")
    @ProblemResponse(status = 415, codes = "document.type_not_allowed")
    @ProblemResponse(
            status = 422,
            codes = {
                "document.empty",
                "document.type_mismatch",
                "dossier.unknown_center",
                "dossier.procedure_without_workflow",
                "dossier.procedure_without_time_limit"
            })
    @Operation(summary = "Submit a dossier with the files of its documents (multipart)")
    ResponseEntity<DossierView> submitWithFiles(
            @RequestPart("dossier") Submit command,
            MultipartHttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user) {
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
        DossierView view = dossiers.submit(command, uploads, Actor.person(user), idempotencyKey);
        return created(view);
    }

    private static final Pattern DOCUMENT_PART = Pattern.compile("documents\\[(\\d{1,3})]");

    private static ResponseEntity<DossierView> created(DossierView view) {
        String ref = view.code() != null ? view.code() : view.reference();
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + ref)).body(view);
    }

    @GetMapping("/{code}/files/{sha256}")
    @ApiResponse(
            responseCode = "200",
            description = "The stored file, as uploaded",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/tiff", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(status = 404, codes = "dossier.file_not_found")
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
    DossierView get(@PathVariable String code, CurrentUser user) {
        return dossiers.get(code, user);
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every action taken on the dossier, oldest first")
    List<Dossiers.HistoryView> history(@PathVariable String code, CurrentUser user) {
        return dossiers.history(code, user);
    }

    // ---- lifecycle: one operation per command, all through Dossiers.handle -----------------------

    @PostMapping("/{code}/receive")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {
                "dossier.appointment_required",
                "dossier.unknown_center",
                "dossier.procedure_without_workflow",
                "dossier.procedure_without_time_limit"
            })
    @Operation(summary = "Receive a complete dossier: code, appointment and receipt")
    DossierView receive(@PathVariable String code, @RequestBody(required = false) Receive body, CurrentUser user) {
        return handle(code, body == null ? new Receive(null) : body, user);
    }

    @PostMapping("/{code}/request-supplement")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.supplement_issues_required", "dossier.supplement_already_requested"})
    @Operation(summary = "Ask the applicant for missing or incorrect papers, in writing")
    DossierView requestSupplement(@PathVariable String code, @RequestBody RequestSupplement body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping(value = "/{code}/submit-supplement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.procedure_without_time_limit"})
    @Operation(summary = "Hand in the papers asked for (the applicant, or the desk for them)")
    DossierView submitSupplement(@PathVariable String code, @RequestBody SubmitSupplement body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/refuse")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.reasons_required"})
    @Operation(summary = "Refuse a dossier at reception, with the reasons")
    DossierView refuse(@PathVariable String code, @RequestBody Refuse body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/assign")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @Operation(summary = "Give the current step to an officer of the step's unit")
    DossierView assign(@PathVariable String code, @RequestBody Assign body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/forward")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.step_not_next", "dossier.step_not_ahead", "dossier.unknown_step", "dossier.no_next_step"})
    @Operation(summary = "Hand the dossier to the next step of its workflow")
    DossierView forward(@PathVariable String code, @RequestBody(required = false) Forward body, CurrentUser user) {
        return handle(code, body == null ? new Forward(null, null, null) : body, user);
    }

    @PostMapping("/{code}/send-back")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.reason_required", "dossier.step_not_behind", "dossier.unknown_step"})
    @Operation(summary = "Send the dossier back to an earlier step, with the reason")
    DossierView sendBack(@PathVariable String code, @RequestBody SendBack body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/consult")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.question_required"})
    @Operation(summary = "Ask another agency (liên thông) with a due time of its own")
    DossierView consult(@PathVariable String code, @RequestBody Consult body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/answer")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.answer_required", "dossier.no_open_consultation"})
    @Operation(summary = "Answer a consultation for the agency consulted")
    DossierView answer(@PathVariable String code, @RequestBody Answer body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/request-payment")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.payment_amount_invalid"})
    @Operation(summary = "Notify a financial obligation to pay before the result")
    DossierView requestPayment(@PathVariable String code, @RequestBody RequestPayment body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/confirm-payment")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @Operation(summary = "Record that the financial obligation was paid")
    DossierView confirmPayment(
            @PathVariable String code, @RequestBody(required = false) ConfirmPayment body, CurrentUser user) {
        return handle(code, body == null ? new ConfirmPayment(null) : body, user);
    }

    @PostMapping("/{code}/extend")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {
                "dossier.reason_required",
                "dossier.already_extended",
                "dossier.extension_not_later",
                "dossier.extension_outside_working_time",
                "dossier.apology_too_late"
            })
    @Operation(summary = "Apologise and set one new appointment")
    DossierView extend(@PathVariable String code, @RequestBody Extend body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/approve")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @Operation(summary = "Approve the result (leader's step)")
    DossierView approve(@PathVariable String code, @RequestBody(required = false) Approve body, CurrentUser user) {
        return handle(code, body == null ? new Approve(null, null) : body, user);
    }

    @PostMapping("/{code}/reject")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.reasons_required"})
    @Operation(summary = "Not qualified: end with a written refusal and its reasons")
    DossierView reject(@PathVariable String code, @RequestBody Reject body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/resolve")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update", "document.result_exists"})
    @Operation(summary = "The result is ready to be returned (from the template when a decision is given)")
    DossierView resolve(@PathVariable String code, @RequestBody(required = false) Resolve body, CurrentUser user) {
        return handle(code, body == null ? new Resolve(null, null, null) : body, user);
    }

    @PostMapping("/{code}/return-result")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.fees_unpaid", "dossier.hand_over_method"})
    @Operation(summary = "Hand the result over: at the counter, by post or electronically")
    DossierView returnResult(@PathVariable String code, @RequestBody ReturnResult body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/withdraw")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @Operation(summary = "The applicant withdraws the dossier")
    DossierView withdraw(@PathVariable String code, @RequestBody(required = false) Withdraw body, CurrentUser user) {
        return handle(code, body == null ? new Withdraw(null, null) : body, user);
    }

    @PostMapping("/{code}/stop")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.reason_required"})
    @Operation(summary = "Stop processing, with a stop notice")
    DossierView stop(@PathVariable String code, @RequestBody Stop body, CurrentUser user) {
        return handle(code, body, user);
    }

    @PostMapping("/{code}/four-on-site")
    @ProblemResponse(status = 403, codes = "dossier.action_forbidden")
    @ProblemResponse(
            status = 409,
            codes = {"dossier.invalid_transition", "dossier.concurrent_update"})
    @ProblemResponse(
            status = 422,
            codes = {"dossier.not_four_on_site"})
    @Operation(summary = "Receive, approve and return in one sitting (\"4 tại chỗ\") for an eligible procedure")
    DossierView fourOnSite(@PathVariable String code, @RequestBody FourOnSite body, CurrentUser user) {
        return handle(code, body, user);
    }

    private DossierView handle(String code, DossierCommand command, CurrentUser user) {
        try {
            return dossiers.handle(DossierRef.of(code), command, Actor.person(user));
        } catch (OptimisticLockingFailureException lost) {
            // Two officers acted at once: the loser learns the state the winner left.
            String now = dossiers.currentStatus(code, user).map(Enum::name).orElse("");
            throw new DomainException("dossier.concurrent_update", HttpStatus.CONFLICT, now);
        }
    }
}
