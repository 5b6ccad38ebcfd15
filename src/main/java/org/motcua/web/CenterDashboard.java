package org.motcua.web;

import org.motcua.dossier.DossierDashboard;
import org.motcua.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Tổng quan" for the center manager: today's counters and the dossiers overdue or due soon per agency,
 * each figure a link to the worklist filtered to the dossiers behind it. The figures are counted by the
 * dossier module; this page only shows them.
 */
@Controller
class CenterDashboard {

    private final DossierDashboard dashboard;

    CenterDashboard(DossierDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/can-bo/tong-quan")
    String overview(CurrentUser user, Model model) {
        if (!DossierDashboard.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("figures", dashboard.figures(user));
        return "officer/dashboard";
    }
}
