package org.motcua.postal;

import java.time.LocalDateTime;
import java.util.List;

/** What motcua asks of a carrier; one implementation per carrier protocol. */
interface CarrierClient {

    /** The postage for this parcel, whole đồng. */
    long price(Parcel parcel);

    /**
     * Creates the order. Calling again with the same {@link Parcel#reference()} must not create a second
     * parcel: the reference is the carrier's idempotency key.
     */
    Created create(Parcel parcel);

    /** What the carrier says now about the order (polling); empty when it only calls back. */
    List<StatusReport> track(String trackingNumber, String reference);

    /**
     * A parcel to post.
     *
     * @param reference our order number (dossier code and attempt), the idempotency key
     */
    record Parcel(
            String reference, Direction direction, Party sender, Party receiver, int weightGrams, String content) {}

    /** A sender or receiver: the commune and province codes are the official list's. */
    record Party(
            String name,
            String phone,
            String email,
            String provinceCode,
            String provinceName,
            String communeCode,
            String communeName,
            String address) {}

    /** The carrier's answer to a new order. */
    record Created(String trackingNumber, Long postageVnd) {}

    /**
     * One status the carrier reported (by callback or poll), in its own code.
     *
     * @param trackingNumber the carrier's number, or null when the report names our reference only
     */
    record StatusReport(
            String trackingNumber, String reference, String code, String name, LocalDateTime at, String note) {}

    /** The carrier refused (an address it does not serve, a field it rejects) or could not be reached. */
    final class CarrierException extends RuntimeException {

        enum Kind {
            /** The carrier answered no: retrying the same order will not help. */
            REFUSED,
            /** Timed out, refused the connection or failed inside: the same order may be retried. */
            UNAVAILABLE
        }

        private final Kind kind;

        CarrierException(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        static CarrierException refused(String message) {
            return new CarrierException(Kind.REFUSED, message, null);
        }

        static CarrierException unavailable(String message, Throwable cause) {
            return new CarrierException(Kind.UNAVAILABLE, message, cause);
        }

        Kind kind() {
            return kind;
        }
    }
}
