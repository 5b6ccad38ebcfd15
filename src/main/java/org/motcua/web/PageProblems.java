package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.motcua.shared.DomainException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A rule a page could not get past (a dossier the officer may not see, an action they may not take)
 * answers the error page with the rule's status — 404, 403, 409 — never a 500 or a stack trace. Forms
 * catch the rejections they can show next to their fields before this.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
class PageProblems {

    @ExceptionHandler(DomainException.class)
    void rejected(DomainException e, HttpServletResponse response) throws IOException {
        response.sendError(e.status().value());
    }
}
