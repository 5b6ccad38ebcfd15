package org.motcua.web;

import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Attributes every page's layout needs (error pages included): the center and the signed-in person.
 * Only for the page controllers and the error controller: the JSON API has no layout to fill.
 */
@ControllerAdvice(basePackages = {"org.motcua.web", "org.motcua.shared"})
class PageModel {

    private final CenterSettings settings;
    private final Catalog catalog;

    PageModel(CenterSettings settings, Catalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** The configured presentation, completed from the provincial service center (catalog, cached). */
    @ModelAttribute("center")
    CenterSettings center() {
        return settings.orFrom(catalog.agencies().stream()
                .filter(a -> a.type() == AgencyType.SERVICE_CENTER && a.level() == AdministrativeLevel.PROVINCE)
                .filter(a -> a.activeTo() == null)
                .findFirst()
                .orElse(null));
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }
}
