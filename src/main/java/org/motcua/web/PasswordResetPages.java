package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.PasswordResets;
import org.motcua.shared.DomainException;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.PublicEndpoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Quên mật khẩu": ask for a code ({@code /quen-mat-khau}), then type it with the new password ({@code
 * /quen-mat-khau/dat-lai}) and sign in with it. The page after a request reads the same whether or not the
 * account exists. Passwords are never sent back into a page.
 */
@Controller
class PasswordResetPages {

    private final PasswordResets resets;
    private final MessageSource messages;
    private final long codeMinutes;
    // Each request may send an SMS or e-mail: a brake per client address, shared with nothing else.
    private final PerMinuteLimit codeSends;

    PasswordResetPages(
            PasswordResets resets,
            MessageSource messages,
            Clock clock,
            @Value("${motcua.security.verification-sends-per-minute:10}") int sendsPerMinute) {
        this.resets = resets;
        this.messages = messages;
        this.codeMinutes = resets.codeLifetime().toMinutes();
        this.codeSends = new PerMinuteLimit(sendsPerMinute, clock);
    }

    @Bean
    static PublicEndpoints passwordResetEndpoints() {
        return new PublicEndpoints(List.of(), List.of("/quen-mat-khau", "/quen-mat-khau/**"));
    }

    @GetMapping("/quen-mat-khau")
    String form(CurrentUser user) {
        return user != null ? "redirect:/tai-khoan" : "account/forgot";
    }

    @PostMapping("/quen-mat-khau")
    String request(
            @RequestParam(name = "contact", required = false) String contact,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        codeSends.check(request.getRemoteAddr());
        resets.request(contact);
        redirect.addFlashAttribute("sent", true);
        redirect.addAttribute("lienHe", contact);
        return "redirect:/quen-mat-khau/dat-lai";
    }

    @GetMapping("/quen-mat-khau/dat-lai")
    String resetForm(@RequestParam(name = "lienHe", required = false) String contact, Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("minutes", codeMinutes);
        return "account/reset";
    }

    @PostMapping("/quen-mat-khau/dat-lai")
    String reset(
            @RequestParam(name = "contact", required = false) String contact,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String passwordConfirmation,
            Model model) {
        try {
            resets.reset(contact, code, password, passwordConfirmation);
            return "redirect:/login?reset";
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            model.addAttribute("contact", contact);
            model.addAttribute("minutes", codeMinutes);
            return "account/reset";
        }
    }
}
