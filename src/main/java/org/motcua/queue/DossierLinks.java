package org.motcua.queue;

import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links a ticket to the dossiers received or returned while it was served: the officer who acted (the
 * event's actor) held the ticket at that moment. So waiting and service times are known per dossier and
 * officer without the desk's pages passing the ticket along. Idempotent (an event delivered twice links once).
 */
@Component
class DossierLinks {

    static final String RECEIVED = "RECEIVED";
    static final String RETURNED = "RETURNED";

    private final QueueStore store;

    DossierLinks(QueueStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void onReceived(DossierReceived event) {
        link(event.facts(), RECEIVED);
    }

    @ApplicationModuleListener
    void onReturned(DossierReturned event) {
        link(event.facts(), RETURNED);
    }

    private void link(DossierFacts facts, String action) {
        if (facts.actor() == null || facts.actor().accountId() == null) {
            return; // a module acting as the system: no visitor at a counter
        }
        store.servedBy(facts.actor().accountId(), facts.at())
                .ifPresent(ticket -> store.linkDossier(ticket, facts.dossierId(), facts.code(), action, facts.at()));
    }
}
