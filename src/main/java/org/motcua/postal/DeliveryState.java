package org.motcua.postal;

/** Where a postal order stands, in motcua's words (each carrier's codes map onto these). */
public enum DeliveryState {
    /** Written locally, the carrier not yet confirmed (a timeout leaves it here, to retry). */
    PREPARING,
    /** The carrier created the order and gave a tracking number; waiting for the postman. */
    CREATED,
    /** The carrier took the parcel. */
    ACCEPTED,
    /** On its way or out for delivery. */
    IN_TRANSIT,
    /** Handed to the addressee. */
    DELIVERED,
    /** Delivery failed (nobody home, refused, wrong address) or the parcel is on its way back. */
    FAILED,
    /** Back at the sender. */
    RETURNED_TO_SENDER,
    /** Cancelled before pickup, by us or the carrier. */
    CANCELLED;

    /** No further report changes it. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER || this == CANCELLED;
    }

    /** The carrier has the parcel (the result has left the center). */
    public boolean carrierHasIt() {
        return this == ACCEPTED
                || this == IN_TRANSIT
                || this == DELIVERED
                || this == FAILED
                || this == RETURNED_TO_SENDER;
    }
}
