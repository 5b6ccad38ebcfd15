package org.motcua.web;

import org.motcua.dossier.DossierView;
import org.motcua.postal.Postal;
import org.springframework.ui.Model;

/** What the pages show of a postal dossier: its order, its structured address, the postage. */
final class PostalPart {

    private PostalPart() {}

    static void add(Model model, Postal postal, DossierView d) {
        model.addAttribute("shipment", postal.returnOf(d.id()).orElse(null));
        model.addAttribute("pickup", postal.pickupOf(d.id()).orElse(null));
        model.addAttribute("postalAddress", postal.parse(d.deliveryAddress()).orElse(null));
        model.addAttribute("province", postal.province());
        model.addAttribute("hasCarrier", postal.hasCarrier(d.receivingCenterId()));
    }
}
