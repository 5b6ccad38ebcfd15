package org.motcua.notification;

/** A provider did not take a message: a refusal that retrying cannot change is {@code permanent}. */
class DeliveryException extends Exception {

    private final boolean permanent;

    DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, false, cause);
    }

    static DeliveryException permanent(String message) {
        return new DeliveryException(message, true, null);
    }

    boolean permanent() {
        return permanent;
    }
}
