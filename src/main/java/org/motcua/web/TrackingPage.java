package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.motcua.dossier.PublicTracking;
import org.motcua.shared.DomainException;
import org.motcua.shared.PublicEndpoints;
import org.motcua.shared.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Tra cứu hồ sơ": anyone with a dossier's code and the applicant's ID number sees where it is, its
 * steps with their deadlines, the return date and where to collect the result. The QR code on every
 * form links to {@code /tra-cuu/{code}}, which asks only for the ID number. The form is posted, so the ID
 * number stays out of addresses, logs and browser histories.
 */
@Controller
class TrackingPage {

    private final PublicTracking tracking;

    TrackingPage(PublicTracking tracking) {
        this.tracking = tracking;
    }

    /** The form is posted (the ID number never appears in an address, a log or a browser's history). */
    @Bean
    static PublicEndpoints trackingPages() {
        return new PublicEndpoints(List.of("/tra-cuu/**"), List.of("/tra-cuu"));
    }

    @GetMapping("/tra-cuu/{code}")
    String fromQrCode(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        return "dossier/tracking";
    }

    /** The empty form; a code in the address (an old link) is filled in, an ID number there is ignored. */
    @GetMapping("/tra-cuu")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", Text.clean(code));
        return "dossier/tracking";
    }

    @PostMapping("/tra-cuu")
    String track(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String idNumber,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String c = Text.clean(code);
        String id = Text.clean(idNumber);
        model.addAttribute("code", c);
        if (c == null || id == null) {
            model.addAttribute("missing", c == null ? "code" : "idNumber");
            response.setStatus(400);
            return "dossier/tracking";
        }
        try {
            tracking.track(c, id, request.getRemoteAddr())
                    .ifPresentOrElse(view -> model.addAttribute("dossier", view), () -> {
                        model.addAttribute("notFound", true);
                        response.setStatus(404);
                    });
        } catch (DomainException tooMany) {
            model.addAttribute("tooMany", true);
            response.setStatus(tooMany.status().value());
        }
        return "dossier/tracking";
    }
}
