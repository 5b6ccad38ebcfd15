package org.motcua.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an API operation may answer: its HTTP status and the stable problem {@code code}s it sends
 * with it. The OpenAPI document lists it as an {@code application/problem+json} response (see {@link
 * OpenApiConfiguration}); the common ones (400 for invalid requests, 401/403 on secured operations) are
 * added there and need not be declared. Repeatable on a method, or on a controller for all its methods.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

    /** The HTTP status, 4xx or 5xx. */
    int status();

    /** The problem codes sent with that status, e.g. {@code dossier.not_found}. */
    String[] codes();
}
