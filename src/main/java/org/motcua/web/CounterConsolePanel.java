package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.identity.CurrentUser;
import org.motcua.queue.Tickets;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The counter console as a panel on the reception desk and the return counter (the number in hand). */
@ControllerAdvice(assignableTypes = {ReceptionDesk.class, ReturnCounter.class})
class CounterConsolePanel {

    private final Tickets tickets;

    CounterConsolePanel(Tickets tickets) {
        this.tickets = tickets;
    }

    @ModelAttribute("queueConsole")
    Tickets.Console console(CurrentUser user) {
        return CounterConsole.mayUse(user) ? tickets.console(user) : null;
    }

    /** The page the panel's buttons come back to. */
    @ModelAttribute("consoleBack")
    String back(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
