package org.motcua.web;

import org.motcua.identity.CurrentUser;
import org.motcua.identity.SignInProviders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final SignInProviders providers;

    HomeController(SignInProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        model.addAttribute("oidcProviders", providers.all());
        return "login";
    }
}
