package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * How a result sent by post travels, for public tracking: implemented by the postal module (the dossier
 * module owns the interface, so it never depends on postal).
 */
public interface PostalDeliveries {

    /** The latest postal return of the dossier, if one was created. */
    Optional<PostalDelivery> of(UUID dossierId);

    /**
     * @param state the postal module's delivery state ({@code CREATED}, {@code ACCEPTED}, {@code IN_TRANSIT},
     *     {@code DELIVERED}, {@code FAILED}, {@code RETURNED_TO_SENDER} …)
     */
    record PostalDelivery(
            String carrier, String carrierName, String trackingNumber, String state, LocalDateTime stateAt) {}
}
