package org.motcua.web;

import org.motcua.identity.CurrentUser;
import org.motcua.postal.DemoPostman;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mô phỏng bưu tá" (demo mode only): move the demo carrier's parcels along, as its postman would report. */
@Controller
@ConditionalOnBooleanProperty("motcua.demo")
class PostmanSimulatorPage {

    private final DemoPostman postman;

    PostmanSimulatorPage(DemoPostman postman) {
        this.postman = postman;
    }

    @GetMapping("/demo/buu-ta")
    String page(CurrentUser user, Model model) {
        model.addAttribute("parcels", postman.parcels());
        model.addAttribute("moves", DemoPostman.MOVES);
        return "postal/postman";
    }

    @PostMapping("/demo/buu-ta/{trackingNumber}")
    String move(
            @PathVariable String trackingNumber,
            @RequestParam int code,
            CurrentUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("moved", postman.move(trackingNumber, code) ? trackingNumber : "unknown");
        return "redirect:/demo/buu-ta";
    }
}
