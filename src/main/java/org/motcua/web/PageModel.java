package org.motcua.web;

import org.motcua.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Attributes every page's layout needs: the center and the signed-in person. */
@ControllerAdvice
class PageModel {

    private final CenterSettings center;

    PageModel(CenterSettings center) {
        this.center = center;
    }

    @ModelAttribute("center")
    CenterSettings center() {
        return center;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }
}
