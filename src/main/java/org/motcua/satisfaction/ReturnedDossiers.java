package org.motcua.satisfaction;

import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the dossier's {@code DossierReturned} event which dossiers may be rated and which officer
 * returned the result. Idempotent: the row is inserted once.
 */
@Component
class ReturnedDossiers {

    private final RatingStore store;

    ReturnedDossiers(RatingStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void onReturned(DossierReturned event) {
        DossierFacts f = event.facts();
        boolean person = f.actor() != null && !f.actor().isSystem();
        store.returned(new RatingStore.Returned(
                f.dossierId(),
                f.code() != null ? f.code() : f.reference(),
                f.procedureId(),
                f.procedureCode(),
                f.fieldCode(),
                f.competentAgencyId(),
                f.receivingCenterId(),
                person ? f.actor().accountId() : null,
                person ? f.actor().name() : null,
                f.at()));
    }
}
