package org.motcua.web;

import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.notification.Notifications;
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
    private final Notifications notifications;

    PageModel(CenterSettings settings, Catalog catalog, Notifications notifications) {
        this.settings = settings;
        this.catalog = catalog;
        this.notifications = notifications;
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

    /** The signed-in person's unread in-app notices, shown beside "Thông báo" in the menu. */
    @ModelAttribute("unreadNotices")
    long unreadNotices(CurrentUser user) {
        return user == null ? 0 : notifications.unread(user);
    }
}
