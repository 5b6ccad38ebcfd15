package org.motcua.nationalportal;

/**
 * A call to the portal that did not succeed: the peer could not be reached or answered with an HTTP error
 * ({@code unreachable}: later calls would fail the same way, so a round of pushes stops), or it answered
 * HTTP 200 with a non-zero {@code error_code} in the body (this update was refused; others may pass).
 */
class PortalException extends RuntimeException {

    private final boolean unreachable;

    PortalException(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    boolean unreachable() {
        return unreachable;
    }
}
