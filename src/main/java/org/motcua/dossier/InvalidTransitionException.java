package org.motcua.dossier;

import java.util.stream.Collectors;
import org.motcua.shared.DomainException;
import org.springframework.http.HttpStatus;

/** An action the dossier's current state does not allow: 409, naming the state and what is allowed. */
public class InvalidTransitionException extends DomainException {

    private final DossierStatus current;

    public InvalidTransitionException(DossierStatus status, DossierAction action) {
        super(
                "dossier.invalid_transition",
                HttpStatus.CONFLICT,
                action.path(),
                status.name(),
                status.allowedActions().stream().map(DossierAction::path).collect(Collectors.joining(", ")));
        this.current = status;
    }

    /** The state the dossier is in now. */
    public DossierStatus current() {
        return current;
    }
}
