package org.motcua.postal;

import java.util.Optional;
import java.util.UUID;
import org.motcua.dossier.PostalDeliveries;
import org.springframework.stereotype.Component;

/** Public tracking's view of a posted result (the dossier module's interface, implemented here). */
@Component
class PublicPostalDeliveries implements PostalDeliveries {

    private final Shipments shipments;

    PublicPostalDeliveries(Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public Optional<PostalDelivery> of(UUID dossierId) {
        return shipments
                .latest(dossierId, Direction.RETURN)
                .filter(s -> s.state() != DeliveryState.PREPARING)
                .map(s -> new PostalDelivery(
                        s.carrier().name(),
                        s.carrierName(),
                        s.trackingNumber(),
                        s.state().name(),
                        s.stateAt()));
    }
}
