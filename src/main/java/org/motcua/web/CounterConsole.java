package org.motcua.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.queue.Ticket;
import org.motcua.queue.TicketSource;
import org.motcua.queue.Tickets;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Gọi số": the counter console of the officer signed in — call the next in line (or one chosen), call
 * again, mark absent, serve, finish, transfer to another group, issue a number at the desk. The same
 * actions are a panel on the reception desk and the return counter ({@link CounterConsolePanel}); each goes
 * back to the page it was pressed on.
 */
@Controller
@RequestMapping("/can-bo/quay-so")
class CounterConsole {

    private final Tickets tickets;
    private final MessageSource messages;

    CounterConsole(Tickets tickets, MessageSource messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    @GetMapping
    String console(CurrentUser user, Model model) {
        Desk.require(user);
        model.addAttribute("queueConsole", tickets.console(user));
        model.addAttribute("consoleBack", "/can-bo/quay-so");
        return "queue/console";
    }

    @PostMapping("/goi-tiep")
    String callNext(
            CurrentUser user, @RequestParam(required = false) String back, Locale locale, RedirectAttributes r) {
        return act(user, back, locale, r, "call", u -> tickets.callNext(u));
    }

    @PostMapping("/{id}/goi")
    String call(
            @PathVariable UUID id,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "call", u -> tickets.call(id, u));
    }

    @PostMapping("/{id}/goi-lai")
    String recall(
            @PathVariable UUID id,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "recall", u -> tickets.recall(id, u));
    }

    @PostMapping("/{id}/vang")
    String skip(
            @PathVariable UUID id,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "skip", u -> tickets.skip(id, u));
    }

    @PostMapping("/{id}/phuc-vu")
    String serve(
            @PathVariable UUID id,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "serve", u -> tickets.serve(id, u));
    }

    @PostMapping("/{id}/xong")
    String finish(
            @PathVariable UUID id,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "finish", u -> tickets.finish(id, u));
    }

    @PostMapping("/{id}/chuyen")
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID group,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "transfer", u -> tickets.transfer(id, requireGroup(group), u));
    }

    /** A number for a visitor who came straight to the desk (or to send them to another group's line). */
    @PostMapping("/cap-so")
    String issue(
            @RequestParam(required = false) UUID group,
            CurrentUser user,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes r) {
        return act(user, back, locale, r, "issue", u -> tickets.issue(requireGroup(group), TicketSource.DESK));
    }

    private static UUID requireGroup(UUID group) {
        if (group == null) {
            throw org.motcua.queue.QueueError.INVALID_INPUT.invalid("group", "required");
        }
        return group;
    }

    private String act(
            CurrentUser user,
            String back,
            Locale locale,
            RedirectAttributes redirect,
            String done,
            Function<CurrentUser, Ticket> action) {
        Desk.require(user);
        try {
            Ticket t = action.apply(user);
            redirect.addFlashAttribute(
                    "queueDone",
                    messages.getMessage(
                            "queue.console.done." + done, new Object[] {String.valueOf(t.number())}, locale));
        } catch (DomainException e) {
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:" + safeBack(back);
    }

    /** Back to an officer page of this application only (never an address from elsewhere). */
    static String safeBack(String back) {
        return back != null && back.matches("/can-bo/[A-Za-z0-9/._\\-]*") && !back.contains("//")
                ? back
                : "/can-bo/quay-so";
    }

    static boolean mayUse(CurrentUser user) {
        return user != null && user.hasRole(Role.RECEPTION_OFFICER);
    }
}
