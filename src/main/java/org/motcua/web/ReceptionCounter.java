package org.motcua.web;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The open counter the signed-in officer sits at, shown in the reception desk's header. */
@ControllerAdvice(assignableTypes = ReceptionDesk.class)
class ReceptionCounter {

    private final Catalog catalog;

    ReceptionCounter(Catalog catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute("myCounter")
    CounterView myCounter(CurrentUser user) {
        return user == null
                ? null
                : catalog.counterOf(user.id()).filter(CounterView::active).orElse(null);
    }
}
