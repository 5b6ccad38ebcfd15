package org.motcua.dossier.internal;

import org.motcua.dossier.DossierCommand;

/**
 * Carries out one kind of command on a dossier that {@link org.motcua.dossier.Dossiers#handle} has
 * loaded, found in a state that allows it and checked against the actor's permissions. The dossier is
 * saved, with its history rows, forms and events, after the handler returns.
 */
public interface CommandHandler<C extends DossierCommand> {

    Class<C> command();

    void handle(Dossier d, C command, Acting acting);

    /**
     * A refusal that tells the person more than the state table would, checked before it (the result
     * is not handed over while the fees are unpaid, rather than "not allowed while awaiting payment").
     */
    default void before(Dossier d, C command) {}

    /** Who signs the form the command produces for the agency (null: the officer acting). */
    default String signer(C command) {
        return null;
    }

    /** Work that needs the saved dossier (and its history rows) in the same transaction. */
    default void saved(Dossier d, C command, Acting acting) {}
}
