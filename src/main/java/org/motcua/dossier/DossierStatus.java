package org.motcua.dossier;

import static org.motcua.dossier.DossierAction.ANSWER;
import static org.motcua.dossier.DossierAction.APPROVE;
import static org.motcua.dossier.DossierAction.ASSIGN;
import static org.motcua.dossier.DossierAction.CONFIRM_PAYMENT;
import static org.motcua.dossier.DossierAction.CONSULT;
import static org.motcua.dossier.DossierAction.EXTEND;
import static org.motcua.dossier.DossierAction.FORWARD;
import static org.motcua.dossier.DossierAction.RECEIVE;
import static org.motcua.dossier.DossierAction.REFUSE;
import static org.motcua.dossier.DossierAction.REJECT;
import static org.motcua.dossier.DossierAction.REQUEST_PAYMENT;
import static org.motcua.dossier.DossierAction.REQUEST_SUPPLEMENT;
import static org.motcua.dossier.DossierAction.RESOLVE;
import static org.motcua.dossier.DossierAction.RETURN_RESULT;
import static org.motcua.dossier.DossierAction.SEND_BACK;
import static org.motcua.dossier.DossierAction.STOP;
import static org.motcua.dossier.DossierAction.SUBMIT_SUPPLEMENT;
import static org.motcua.dossier.DossierAction.WITHDRAW;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a dossier and the whole transition table (docs/domain.md §3). Each state maps to exactly one
 * status code of the national public service portal; 3, 8 and 10 are terminal there, and so are the
 * states that map to them here.
 */
public enum DossierStatus {
    /** Submitted online, not yet accepted by the one-stop desk. */
    NEW(1),
    /** Sent back to the applicant before receipt: the papers are incomplete (no code clock runs yet). */
    SUPPLEMENT_BEFORE_RECEIPT(5),
    /** Refused at reception (not eligible, not competent). */
    REFUSED(3),
    /** Received with a code and an appointment; at the one-stop desk, not yet handed to the agency. */
    RECEIVED(2),
    /** Going through the competent agency's workflow steps. */
    IN_PROGRESS(4),
    /** Waiting for the answers of other agencies (liên thông). */
    CONSULTING(4),
    /** Waiting for the applicant's supplement after receipt; the clock is paused. */
    SUPPLEMENT_REQUESTED(5),
    /** Approved; the result is being issued. */
    APPROVED(4),
    /** Waiting for the applicant to pay a financial obligation; the clock is paused. */
    AWAITING_PAYMENT(6),
    /** The result (or the written refusal of a rejected dossier) is ready to be returned. */
    RESOLVED(9),
    /** The result has been handed over, posted or delivered electronically. */
    RETURNED(10),
    /** The applicant asked to withdraw; the agency must issue a stop notice. */
    WITHDRAWAL_REQUESTED(7),
    /** Processing stopped (stop notice issued). */
    STOPPED(8);

    private final int portalCode;

    DossierStatus(int portalCode) {
        this.portalCode = portalCode;
    }

    /** The status code used by the national public service portal (1–10). */
    public int portalCode() {
        return portalCode;
    }

    public boolean isTerminal() {
        return this == REFUSED || this == RETURNED || this == STOPPED;
    }

    /** Whether the processing clock runs in this state (it is paused while the applicant must act). */
    public boolean clockRuns() {
        return switch (this) {
            case RECEIVED, IN_PROGRESS, CONSULTING, APPROVED -> true;
            default -> false;
        };
    }

    /** Whether the dossier has been received (has its code and appointment). */
    public boolean isReceived() {
        return switch (this) {
            case NEW, SUPPLEMENT_BEFORE_RECEIPT, REFUSED -> false;
            default -> true;
        };
    }

    /** The actions this state allows (in {@link DossierAction} order). */
    public Set<DossierAction> allowedActions() {
        return switch (this) {
            case NEW -> EnumSet.of(RECEIVE, REQUEST_SUPPLEMENT, REFUSE, WITHDRAW);
            case SUPPLEMENT_BEFORE_RECEIPT -> EnumSet.of(SUBMIT_SUPPLEMENT, REFUSE, WITHDRAW);
            case RECEIVED -> EnumSet.of(ASSIGN, FORWARD, REQUEST_SUPPLEMENT, EXTEND, WITHDRAW);
            case IN_PROGRESS ->
                EnumSet.of(ASSIGN, FORWARD, SEND_BACK, CONSULT, REQUEST_SUPPLEMENT, EXTEND, APPROVE, REJECT, WITHDRAW);
            case CONSULTING -> EnumSet.of(CONSULT, ANSWER, EXTEND, WITHDRAW);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(SUBMIT_SUPPLEMENT, WITHDRAW, STOP);
            case APPROVED -> EnumSet.of(RESOLVE, REQUEST_PAYMENT, EXTEND, WITHDRAW);
            case AWAITING_PAYMENT -> EnumSet.of(CONFIRM_PAYMENT, WITHDRAW);
            case RESOLVED -> EnumSet.of(RETURN_RESULT);
            case WITHDRAWAL_REQUESTED -> EnumSet.of(STOP);
            case REFUSED, RETURNED, STOPPED -> EnumSet.noneOf(DossierAction.class);
        };
    }

    /**
     * The state after {@code action}, or empty when this state does not allow it. Where the target
     * depends on the dossier (a supplement answered before or after receipt, a consultation with answers
     * still open), the aggregate picks among the targets this method names: see {@link Dossier}.
     */
    public Optional<DossierStatus> after(DossierAction action) {
        if (!allowedActions().contains(action)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (action) {
                    case RECEIVE -> RECEIVED;
                    case REQUEST_SUPPLEMENT -> isReceived() ? SUPPLEMENT_REQUESTED : SUPPLEMENT_BEFORE_RECEIPT;
                    case SUBMIT_SUPPLEMENT -> this == SUPPLEMENT_BEFORE_RECEIPT ? NEW : IN_PROGRESS;
                    case REFUSE -> REFUSED;
                    case ASSIGN, EXTEND -> this;
                    case FORWARD, SEND_BACK -> IN_PROGRESS;
                    case CONSULT -> CONSULTING;
                    // The last open answer returns the dossier to its step; earlier ones keep it waiting.
                    case ANSWER -> CONSULTING;
                    case REQUEST_PAYMENT -> AWAITING_PAYMENT;
                    case CONFIRM_PAYMENT -> APPROVED;
                    case APPROVE -> APPROVED;
                    case REJECT, RESOLVE -> RESOLVED;
                    case RETURN_RESULT -> RETURNED;
                    case WITHDRAW -> isReceived() ? WITHDRAWAL_REQUESTED : STOPPED;
                    case STOP -> STOPPED;
                });
    }
}
