package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.shared.DomainException;
import org.motcua.shared.Problems;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a citizen page (another person's dossier, a document not yet released) is the error page
 * with its status — 404 for someone else's dossier, as the API answers — never a server error.
 */
@ControllerAdvice(assignableTypes = {CitizenPortal.class, OnlineApplication.class})
class CitizenPageProblems {

    private final Problems problems;
    private final CenterSettings center;

    CitizenPageProblems(Problems problems, CenterSettings center) {
        this.problems = problems;
        this.center = center;
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("problem", problems.of(e, request));
        // An exception handler's model does not get the page attributes the layout needs.
        model.addAttribute("center", center);
        return "error";
    }
}
