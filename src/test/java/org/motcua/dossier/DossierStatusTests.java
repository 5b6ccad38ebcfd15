package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table, checked pair by pair against the lifecycle written out independently here. */
class DossierStatusTests {

    /** Every allowed (from, action) → to; every pair not listed must be refused. */
    private static final String[] LEGAL = {
        "NEW RECEIVE RECEIVED",
        "NEW REQUEST_SUPPLEMENT SUPPLEMENT_BEFORE_RECEIPT",
        "NEW REFUSE REFUSED",
        "NEW WITHDRAW STOPPED",
        "SUPPLEMENT_BEFORE_RECEIPT SUBMIT_SUPPLEMENT NEW",
        "SUPPLEMENT_BEFORE_RECEIPT REFUSE REFUSED",
        "SUPPLEMENT_BEFORE_RECEIPT WITHDRAW STOPPED",
        "RECEIVED ASSIGN RECEIVED",
        "RECEIVED FORWARD IN_PROGRESS",
        "RECEIVED REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED",
        "RECEIVED EXTEND RECEIVED",
        "RECEIVED WITHDRAW WITHDRAWAL_REQUESTED",
        "IN_PROGRESS ASSIGN IN_PROGRESS",
        "IN_PROGRESS FORWARD IN_PROGRESS",
        "IN_PROGRESS SEND_BACK IN_PROGRESS",
        "IN_PROGRESS CONSULT CONSULTING",
        "IN_PROGRESS REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED",
        "IN_PROGRESS EXTEND IN_PROGRESS",
        "IN_PROGRESS APPROVE APPROVED",
        "IN_PROGRESS REJECT RESOLVED",
        "IN_PROGRESS WITHDRAW WITHDRAWAL_REQUESTED",
        "CONSULTING CONSULT CONSULTING",
        "CONSULTING ANSWER CONSULTING",
        "CONSULTING EXTEND CONSULTING",
        "CONSULTING WITHDRAW WITHDRAWAL_REQUESTED",
        "SUPPLEMENT_REQUESTED SUBMIT_SUPPLEMENT IN_PROGRESS",
        "SUPPLEMENT_REQUESTED WITHDRAW WITHDRAWAL_REQUESTED",
        "SUPPLEMENT_REQUESTED STOP STOPPED",
        "APPROVED RESOLVE RESOLVED",
        "APPROVED REQUEST_PAYMENT AWAITING_PAYMENT",
        "APPROVED EXTEND APPROVED",
        "APPROVED WITHDRAW WITHDRAWAL_REQUESTED",
        "AWAITING_PAYMENT CONFIRM_PAYMENT APPROVED",
        "AWAITING_PAYMENT WITHDRAW WITHDRAWAL_REQUESTED",
        "RESOLVED RETURN_RESULT RETURNED",
        "WITHDRAWAL_REQUESTED STOP STOPPED",
    };

    private static final Map<String, DossierStatus> EXPECTED = new HashMap<>();

    static {
        for (String row : LEGAL) {
            String[] p = row.split(" ");
            EXPECTED.put(p[0] + " " + p[1], DossierStatus.valueOf(p[2]));
        }
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(DossierStatus.values())
                .flatMap(s -> Arrays.stream(DossierAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyPair")
    void followsTheLifecycle(DossierStatus from, DossierAction action) {
        DossierStatus expected = EXPECTED.get(from + " " + action);
        if (expected == null) {
            assertThat(from.after(action)).as("%s must refuse %s", from, action).isEmpty();
            assertThat(from.allowedActions()).doesNotContain(action);
        } else {
            assertThat(from.after(action)).as("%s --%s-->", from, action).contains(expected);
        }
    }

    @Test
    void everyStateMapsToOnePortalCodeAndTheTerminalOnesAreThreeEightAndTen() {
        assertThat(DossierStatus.values())
                .allSatisfy(s -> assertThat(s.portalCode()).isBetween(1, 10));
        assertThat(Arrays.stream(DossierStatus.values()).filter(DossierStatus::isTerminal))
                .extracting(DossierStatus::portalCode)
                .containsExactlyInAnyOrder(3, 8, 10);
        assertThat(Arrays.stream(DossierStatus.values())
                        .map(DossierStatus::portalCode)
                        .distinct())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void terminalStatesAllowNothing() {
        for (DossierStatus s : DossierStatus.values()) {
            assertThat(s.allowedActions().isEmpty()).as(s.name()).isEqualTo(s.isTerminal());
        }
    }

    @Test
    void theClockIsPausedWhileTheApplicantMustAct() {
        assertThat(DossierStatus.SUPPLEMENT_REQUESTED.clockRuns()).isFalse();
        assertThat(DossierStatus.AWAITING_PAYMENT.clockRuns()).isFalse();
        assertThat(DossierStatus.IN_PROGRESS.clockRuns()).isTrue();
        assertThat(DossierStatus.CONSULTING.clockRuns()).isTrue();
    }

    @Test
    void actionsAreAddressedByTheirApiNames() {
        assertThat(DossierAction.fromPath("request-supplement")).contains(DossierAction.REQUEST_SUPPLEMENT);
        assertThat(DossierAction.fromPath("return-result")).contains(DossierAction.RETURN_RESULT);
        assertThat(DossierAction.fromPath("explode")).isEmpty();
    }
}
