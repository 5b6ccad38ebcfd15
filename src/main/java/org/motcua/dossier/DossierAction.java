package org.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/** What a person can do to a dossier; {@link #path()} is the action's name in the REST API. */
public enum DossierAction {
    /** Accept an online dossier (or a counter one) as complete: assigns the code and the appointment. */
    RECEIVE("receive"),
    /** Ask the applicant, once and in writing, for missing or incorrect documents. */
    REQUEST_SUPPLEMENT("request-supplement"),
    /** The applicant's answer to a supplement request. */
    SUBMIT_SUPPLEMENT("submit-supplement"),
    /** Refuse at reception: not eligible or not competent, with reasons. */
    REFUSE("refuse"),
    /** Give the current step to a specialist of the step's unit. */
    ASSIGN("assign"),
    /** Hand over to the next workflow step. */
    FORWARD("forward"),
    /** Send back to an earlier step, with a reason. */
    SEND_BACK("send-back"),
    /** Open a liên thông sub-task at another agency. */
    CONSULT("consult"),
    /** Another agency's answer to a consultation. */
    ANSWER("answer"),
    /** Ask the applicant to pay a financial obligation before the result is issued. */
    REQUEST_PAYMENT("request-payment"),
    CONFIRM_PAYMENT("confirm-payment"),
    /** Apologise and set one new appointment. */
    EXTEND("extend"),
    APPROVE("approve"),
    /** Not qualified: the result is a written refusal with reasons. */
    REJECT("reject"),
    /** The result is ready to be returned. */
    RESOLVE("resolve"),
    RETURN_RESULT("return-result"),
    /** The applicant asks to withdraw the dossier. */
    WITHDRAW("withdraw"),
    /** Stop processing (after a withdrawal request, or an unanswered supplement request). */
    STOP("stop");

    private final String path;

    DossierAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<DossierAction> fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
