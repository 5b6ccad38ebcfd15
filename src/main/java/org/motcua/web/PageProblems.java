package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A rule broken on a page (a dossier the officer may not see, an unknown action …) shows the error page
 * with the rule's own words and status — 404 "Không tìm thấy hồ sơ" — instead of a bare 500. Forms that
 * can be corrected catch their errors themselves and show them next to the field.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private final Problems problems;
    private final PageModel pageModel;

    PageProblems(Problems problems, PageModel pageModel) {
        this.problems = problems;
        this.pageModel = pageModel;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request, CurrentUser user) {
        ModelAndView page = new ModelAndView("error", e.status());
        page.addObject("problem", problems.of(e, request));
        // Exception handlers do not get PageModel's attributes: the layout needs these two.
        page.addObject("center", pageModel.center());
        page.addObject("currentUser", user);
        return page;
    }
}
