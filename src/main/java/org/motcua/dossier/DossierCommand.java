package org.motcua.dossier;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.motcua.shared.Vnd;

/**
 * One action on a dossier, as a person or a module asks for it (the JSON body of {@code POST
 * /api/v1/dossiers/{code}/<action>}). Each command checks its own fields when built and normalises its
 * text, so a handler never sees a blank reason; whether the dossier's state and the actor allow it is
 * decided by {@link Dossiers#handle}.
 *
 * <p>{@code version}, where given, is the dossier version the person saw: when it is no longer current
 * the command is refused with 409 (someone else acted first), so a double click never acts twice.
 */
public sealed interface DossierCommand {

    /** The action's name in the lifecycle table and the API. */
    @JsonIgnore
    DossierAction action();

    Long version();

    /** Accept a complete dossier: it gets its code and its appointment. */
    record Receive(Long version) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.RECEIVE;
        }
    }

    /** Ask the applicant, once and in writing, for what is missing or wrong ({@code note}: the list). */
    record RequestSupplement(
            @Schema(requiredMode = REQUIRED) String note, Long version) implements DossierCommand {
        public RequestSupplement {
            note = required(note, "note");
        }

        public DossierAction action() {
            return DossierAction.REQUEST_SUPPLEMENT;
        }
    }

    /** The applicant's supplement: the papers added, with their files (indexing {@code documents}). */
    record SubmitSupplement(
            String note,
            @Schema(requiredMode = REQUIRED) List<DocumentInput> documents,
            @JsonIgnore List<Upload> files,
            Long version)
            implements DossierCommand {
        public SubmitSupplement {
            note = Text.clean(note);
            if (documents == null || documents.isEmpty()) {
                throw invalid("documents", "NotEmpty");
            }
            documents = List.copyOf(documents);
            files = files == null ? List.of() : List.copyOf(files);
        }

        public DossierAction action() {
            return DossierAction.SUBMIT_SUPPLEMENT;
        }
    }

    /** Refuse at reception (not eligible, not competent), with the reasons. */
    record Refuse(@Schema(requiredMode = REQUIRED) String note, Long version) implements DossierCommand {
        public Refuse {
            note = required(note, "note");
        }

        public DossierAction action() {
            return DossierAction.REFUSE;
        }
    }

    /** Give the current step to an officer of the step's unit. */
    record Assign(@Schema(requiredMode = REQUIRED) UUID assigneeId, Long version) implements DossierCommand {
        public Assign {
            if (assigneeId == null) {
                throw invalid("assigneeId", "NotNull");
            }
        }

        public DossierAction action() {
            return DossierAction.ASSIGN;
        }
    }

    /**
     * Hand the dossier to the next step of the workflow, never skipping one. {@code toStep} chooses
     * among the branches the current step names, where it names several.
     */
    record Forward(Integer toStep, String note, Long version) implements DossierCommand {
        public Forward {
            note = Text.clean(note);
        }

        public DossierAction action() {
            return DossierAction.FORWARD;
        }
    }

    /** Send the dossier back to an earlier step, with the reason. */
    record SendBack(
            @Schema(requiredMode = REQUIRED) Integer toStep,
            @Schema(requiredMode = REQUIRED) String note,
            Long version) implements DossierCommand {
        public SendBack {
            List<FieldError> errors = new ArrayList<>();
            if (toStep == null) {
                errors.add(new FieldError("toStep", "NotNull", null));
            }
            note = Text.clean(note);
            if (note == null) {
                errors.add(new FieldError("note", "NotBlank", null));
            }
            failIf(errors);
        }

        public DossierAction action() {
            return DossierAction.SEND_BACK;
        }
    }

    /** Ask another agency (liên thông): the question and the working days it has (default 1). */
    record Consult(
            @Schema(requiredMode = REQUIRED) UUID agencyId,
            @Schema(requiredMode = REQUIRED) String note,
            BigDecimal days,
            Long version)
            implements DossierCommand {
        public Consult {
            List<FieldError> errors = new ArrayList<>();
            if (agencyId == null) {
                errors.add(new FieldError("agencyId", "NotNull", null));
            }
            note = Text.clean(note);
            if (note == null) {
                errors.add(new FieldError("note", "NotBlank", null));
            }
            if (days == null) {
                days = BigDecimal.ONE;
            } else if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(365)) > 0) {
                errors.add(new FieldError("days", "Range", null));
            }
            failIf(errors);
        }

        public DossierAction action() {
            return DossierAction.CONSULT;
        }
    }

    /** A consulted agency's answer ({@code agencyId}: which one, when the officer serves several). */
    record Answer(
            UUID agencyId, @Schema(requiredMode = REQUIRED) String note, Long version) implements DossierCommand {
        public Answer {
            note = required(note, "note");
        }

        public DossierAction action() {
            return DossierAction.ANSWER;
        }
    }

    /** Notify the applicant of a financial obligation to pay before the result. */
    record RequestPayment(@Schema(requiredMode = REQUIRED) Vnd amountVnd, Long version) implements DossierCommand {
        public RequestPayment {
            if (amountVnd == null || amountVnd.isZero()) {
                throw invalid("amountVnd", "Positive");
            }
        }

        public DossierAction action() {
            return DossierAction.REQUEST_PAYMENT;
        }
    }

    /** The obligation was paid (at the counter, or reported by the payment module). */
    record ConfirmPayment(Long version) implements DossierCommand {
        public DossierAction action() {
            return DossierAction.CONFIRM_PAYMENT;
        }
    }

    /**
     * Apologise and set one new appointment, in working time and later than the current one; {@code
     * lateApology} when the apology comes later than one working day before the due time; {@code signer}
     * signs the apology for the agency (default: the officer).
     */
    record Extend(
            @Schema(requiredMode = REQUIRED) LocalDateTime newAppointment,
            @Schema(requiredMode = REQUIRED) String note,
            Boolean lateApology,
            String signer,
            Long version)
            implements DossierCommand {
        public Extend {
            List<FieldError> errors = new ArrayList<>();
            if (newAppointment == null) {
                errors.add(new FieldError("newAppointment", "NotNull", null));
            }
            note = Text.clean(note);
            if (note == null) {
                errors.add(new FieldError("note", "NotBlank", null));
            }
            failIf(errors);
            lateApology = Boolean.TRUE.equals(lateApology);
            signer = Text.clean(signer);
        }

        public DossierAction action() {
            return DossierAction.EXTEND;
        }
    }

    /** The leader approves the result ({@code note}: an optional comment). */
    record Approve(String note, Long version) implements DossierCommand {
        public Approve {
            note = Text.clean(note);
        }

        public DossierAction action() {
            return DossierAction.APPROVE;
        }
    }

    /** Not qualified: the result is a written refusal with the reasons. */
    record Reject(@Schema(requiredMode = REQUIRED) String note, Long version) implements DossierCommand {
        public Reject {
            note = required(note, "note");
        }

        public DossierAction action() {
            return DossierAction.REJECT;
        }
    }

    /**
     * The result is ready to be returned. With {@code decision}, the result document is produced from the
     * procedure's template (signed for the agency by {@code signer}); without it, the uploaded result is the
     * result.
     */
    /**
     * @param capital for an enterprise or investment procedure: the capital the result registers and whether
     *     the investor is foreign (the statistics count them); null otherwise
     */
    record Resolve(String decision, String signer, Long version, RegisteredCapital capital) implements DossierCommand {
        public Resolve {
            decision = Text.clean(decision);
            signer = Text.clean(signer);
        }

        public Resolve(String decision, String signer, Long version) {
            this(decision, signer, version, null);
        }

        public DossierAction action() {
            return DossierAction.RESOLVE;
        }
    }

    /**
     * The result handed over the way the applicant chose: at the counter to the person named (with their ID
     * number; {@code relationship} when not the applicant), by post with its tracking number, or
     * electronically. Which fields are needed depends on the dossier's delivery method.
     */
    record ReturnResult(String recipientName, String idNumber, String relationship, String trackingNumber, Long version)
            implements DossierCommand {
        public ReturnResult {
            recipientName = Text.clean(recipientName);
            idNumber = DossierCommand.idNumber(idNumber);
            relationship = Text.clean(relationship);
            trackingNumber = Text.clean(trackingNumber);
        }

        public DossierAction action() {
            return DossierAction.RETURN_RESULT;
        }
    }

    /** The applicant asks to withdraw the dossier. */
    record Withdraw(String note, Long version) implements DossierCommand {
        public Withdraw {
            note = Text.clean(note);
        }

        public DossierAction action() {
            return DossierAction.WITHDRAW;
        }
    }

    /**
     * Stop processing, with the reason (after a withdrawal request, or an unanswered supplement request);
     * {@code signer} signs the stop notice for the agency.
     */
    record Stop(@Schema(requiredMode = REQUIRED) String note, String signer, Long version) implements DossierCommand {
        public Stop {
            note = required(note, "note");
            signer = Text.clean(signer);
        }

        public DossierAction action() {
            return DossierAction.STOP;
        }
    }

    /**
     * "4 tại chỗ": receive, approve and return in one sitting, for an eligible procedure, by a desk officer
     * holding the competent agency's delegated authority; the result goes to the person named.
     */
    record FourOnSite(String recipientName, String idNumber, String relationship, Long version)
            implements DossierCommand {
        public FourOnSite {
            recipientName = Text.clean(recipientName);
            idNumber = DossierCommand.idNumber(idNumber);
            relationship = Text.clean(relationship);
        }

        public DossierAction action() {
            return DossierAction.APPROVE;
        }
    }

    /** An ID number as printed on the card, without spaces, letters upper case. */
    private static String idNumber(String text) {
        String clean = Text.clean(text);
        return clean == null ? null : clean.toUpperCase().replace(" ", "");
    }

    private static String required(String text, String field) {
        String clean = Text.clean(text);
        if (clean == null) {
            throw invalid(field, "NotBlank");
        }
        return clean;
    }

    private static DomainException invalid(String field, String code) {
        return DomainException.invalid("validation.failed", List.of(new FieldError(field, code, null)));
    }

    private static void failIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
    }
}
