package org.motcua.shared;

/** The stable problem code used when only an HTTP status is known (Boot's error page, filters). */
final class StatusCodes {

    private StatusCodes() {}

    static String of(int status) {
        return switch (status) {
            // Only the status is known (the server or the firewall refused the request): nothing says it was JSON.
            case 400 -> "request.invalid";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "request.not_found";
            case 405 -> "request.method_not_allowed";
            case 406 -> "request.not_acceptable";
            case 409 -> "conflict.state";
            case 413 -> "request.too_large";
            case 415 -> "request.unsupported_media_type";
            case 429 -> "request.too_many";
            default -> status >= 500 ? "server.error" : "request.failed";
        };
    }
}
