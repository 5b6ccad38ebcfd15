package org.motcua.payments;

import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.PaymentRequested;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SystemModule;
import org.motcua.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dossiers' financial obligations in step with the money: learns from the dossier events when an
 * obligation is notified and confirmed, and once everything owed is paid confirms it through the dossier's
 * door as the system ({@code SystemModule.PAYMENTS}), never as an officer. Each listener is idempotent.
 */
@Component
class Obligations {

    private static final Logger log = LoggerFactory.getLogger(Obligations.class);

    private final PaymentsStore store;
    private final Payments payments;
    private final Dossiers dossiers;
    private final TransactionTemplate separately;

    Obligations(PaymentsStore store, Payments payments, Dossiers dossiers, PlatformTransactionManager transactions) {
        this.store = store;
        this.payments = payments;
        this.dossiers = dossiers;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(PaymentRequested event) {
        var f = event.facts();
        store.obligation(f.dossierId(), true, event.amount().dong(), f.version());
        payments.obligationNotified(
                Payments.Subject.of(f),
                event.amount().dong(),
                f.actor() == null ? "dossier" : f.actor().name());
        confirmIfPaid(f.dossierId());
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        store.obligation(event.facts().dossierId(), false, null, event.facts().version());
    }

    @ApplicationModuleListener
    void on(FeePaid event) {
        confirmIfPaid(event.dossierId());
    }

    /** Confirms the obligation while one is awaited and nothing is owed any more. */
    void confirmIfPaid(java.util.UUID dossierId) {
        store.lockDossier(dossierId);
        if (!store.awaitingPayment(dossierId) || store.owed(dossierId) > 0 || store.collected(dossierId) == 0) {
            return;
        }
        try {
            separately.executeWithoutResult(tx -> dossiers.handle(
                    DossierRef.of(dossierId.toString()),
                    new DossierCommand.ConfirmPayment(null),
                    Actor.system(SystemModule.PAYMENTS)));
        } catch (DomainException e) {
            // the dossier moved on meanwhile (confirmed by an officer, withdrawn): nothing left to confirm
            log.info("payment of dossier {} not confirmed: {}", dossierId, e.code());
        }
    }
}
