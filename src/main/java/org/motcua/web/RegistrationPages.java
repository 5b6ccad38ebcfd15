package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Registrations;
import org.motcua.identity.Registrations.Registration;
import org.motcua.identity.SessionSignIn;
import org.motcua.shared.DomainException;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.PublicEndpoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Đăng ký tài khoản": a citizen registers with an e-mail or a phone, types the six-digit code sent
 * there ({@code /dang-ky/xac-minh}), and is signed in — when the code is typed in the browser session
 * that registered; from another browser (the verification page asks for the contact again) they sign in
 * with their password. Passwords are never sent back into a page.
 */
@Controller
class RegistrationPages {

    // The account registered in this browser session (its username): verifying it here signs it in.
    private static final String REGISTERED_HERE = "motcua.registeredContact";

    private final Registrations registrations;
    private final SessionSignIn signIn;
    private final MessageSource messages;
    // Each registration or resend may send an SMS or e-mail: a brake per client address.
    private final PerMinuteLimit codeSends;

    RegistrationPages(
            Registrations registrations,
            SessionSignIn signIn,
            MessageSource messages,
            Clock clock,
            @Value("${motcua.security.verification-sends-per-minute:10}") int sendsPerMinute) {
        this.registrations = registrations;
        this.signIn = signIn;
        this.messages = messages;
        this.codeSends = new PerMinuteLimit(sendsPerMinute, clock);
    }

    @Bean
    static PublicEndpoints registrationEndpoints() {
        return new PublicEndpoints(List.of(), List.of("/dang-ky", "/dang-ky/**"));
    }

    /** The form as typed; {@code submissionKey} makes a double click register once. */
    record RegistrationForm(
            String displayName,
            String email,
            String phone,
            String password,
            String passwordConfirmation,
            String submissionKey) {}

    @GetMapping("/dang-ky")
    String form(CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        model.addAttribute("form", new RegistrationForm(null, null, null, null, null, null));
        model.addAttribute("submissionKey", UUID.randomUUID());
        return "account/register";
    }

    @PostMapping("/dang-ky")
    String register(
            @ModelAttribute("form") RegistrationForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        codeSends.check(request.getRemoteAddr());
        try {
            Registrations.Pending pending = registrations.register(
                    new Registration(
                            form.displayName(),
                            form.email(),
                            form.phone(),
                            form.password(),
                            form.passwordConfirmation()),
                    form.submissionKey());
            request.getSession().setAttribute(REGISTERED_HERE, pending.contact());
            redirect.addFlashAttribute("pending", pending);
            redirect.addAttribute("lienHe", pending.contact());
            return "redirect:/dang-ky/xac-minh";
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            model.addAttribute(
                    "submissionKey", form.submissionKey() == null ? UUID.randomUUID() : form.submissionKey());
            return "account/register";
        }
    }

    @GetMapping("/dang-ky/xac-minh")
    String verification(@RequestParam(name = "lienHe", required = false) String contact, Model model) {
        model.addAttribute("contact", contact);
        if (!model.containsAttribute("pending") && contact != null) {
            registrations.pending(contact).ifPresent(p -> model.addAttribute("pending", p));
        }
        return "account/verify";
    }

    @PostMapping("/dang-ky/xac-minh")
    String verify(
            @RequestParam(name = "contact", required = false) String contact,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            var account = registrations.verify(contact, code);
            HttpSession session = request.getSession(false);
            Object registered = session == null ? null : session.getAttribute(REGISTERED_HERE);
            if (account.username().equals(registered)) {
                session.removeAttribute(REGISTERED_HERE);
                String next = signIn.signIn(account.username(), request, response);
                if (next != null) {
                    return "redirect:" + next;
                }
            }
            redirect.addFlashAttribute("verifiedUsername", account.username());
            return "redirect:/login?verified";
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            model.addAttribute("contact", contact);
            registrations.pending(contact).ifPresent(p -> model.addAttribute("pending", p));
            return "account/verify";
        }
    }

    @PostMapping("/dang-ky/gui-lai-ma")
    String resend(
            @RequestParam(name = "contact", required = false) String contact,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        codeSends.check(request.getRemoteAddr());
        try {
            Registrations.Pending pending = registrations.resend(contact);
            redirect.addFlashAttribute("pending", pending);
            redirect.addFlashAttribute("resent", true);
            redirect.addAttribute("lienHe", pending.contact());
            return "redirect:/dang-ky/xac-minh";
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            model.addAttribute("contact", contact);
            registrations.pending(contact).ifPresent(p -> model.addAttribute("pending", p));
            return "account/verify";
        }
    }
}
