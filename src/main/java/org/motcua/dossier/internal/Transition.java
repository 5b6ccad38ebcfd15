package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.StepVerdict;

/**
 * What one action did to a dossier: the facts of one history row. Times are Vietnam local time.
 *
 * @param dueInForce the appointment in force after the action
 * @param stepVerdict for a hand-over, whether the step finished early, on time or late
 */
public record Transition(
        DossierAction action,
        DossierStatus from,
        DossierStatus to,
        Integer fromStep,
        Integer toStep,
        LocalDateTime at,
        LocalDateTime dueInForce,
        StepVerdict stepVerdict,
        String note) {}
