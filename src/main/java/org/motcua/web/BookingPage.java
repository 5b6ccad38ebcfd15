package org.motcua.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.queue.Booking;
import org.motcua.queue.Bookings;
import org.motcua.queue.CounterGroup;
import org.motcua.queue.TicketPrints;
import org.motcua.queue.Tickets;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Đặt lịch hẹn": an applicant books a slot of a counter group (from the portal, or from a procedure's page,
 * which preselects the group receiving that procedure), sees their bookings with the code and QR code the
 * kiosk honours, and cancels one.
 */
@Controller
@RequestMapping("/dat-lich")
class BookingPage {

    private final Bookings bookings;
    private final Tickets tickets;
    private final TicketPrints prints;
    private final Catalog catalog;
    private final Users users;
    private final MessageSource messages;

    BookingPage(
            Bookings bookings,
            Tickets tickets,
            TicketPrints prints,
            Catalog catalog,
            Users users,
            MessageSource messages) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.prints = prints;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String page(
            @RequestParam(name = "nhom", required = false) UUID group,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(name = "thu-tuc", required = false) UUID procedure,
            CurrentUser user,
            Model model) {
        require(user);
        List<CounterGroup> groups =
                tickets.allGroups().stream().filter(CounterGroup::open).toList();
        UUID chosen = group;
        if (chosen == null && procedure != null) {
            UUID agency =
                    catalog.procedure(procedure).map(p -> p.competentAgencyId()).orElse(null);
            chosen = groups.stream()
                    .filter(g -> g.agencyIds().contains(agency))
                    .map(CounterGroup::id)
                    .findFirst()
                    .orElse(null);
            model.addAttribute("procedure", catalog.procedure(procedure).orElse(null));
        }
        if (chosen == null && !groups.isEmpty()) {
            chosen = groups.getFirst().id();
        }
        model.addAttribute("groups", groups);
        model.addAttribute("group", chosen);
        model.addAttribute("procedureId", procedure);
        if (chosen != null) {
            List<LocalDate> days = bookings.bookableDays(chosen);
            LocalDate d = day != null
                    ? day
                    : days.stream()
                            .filter(x -> x.isAfter(LocalDate.now(org.motcua.shared.Vietnam.ZONE)))
                            .findFirst()
                            .orElse(null);
            model.addAttribute("days", days);
            model.addAttribute("day", d);
            model.addAttribute("slots", d == null ? List.of() : bookings.slots(chosen, d));
        }
        model.addAttribute("name", user.displayName());
        model.addAttribute("phone", users.contact(user.id()).phone());
        List<Booking> mine = bookings.mine(user);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "qr",
                mine.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Booking::code, b -> prints.qr(prints.bookingUrl(b)))));
        return "queue/booking";
    }

    @PostMapping
    String book(
            @RequestParam(required = false) UUID group,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime slot,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) UUID procedure,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        require(user);
        try {
            Booking b = bookings.book(new Bookings.BookingRequest(group, day, slot, name, phone, procedure), user);
            redirect.addFlashAttribute(
                    "bookingDone", messages.getMessage("queue.booking.done", new Object[] {b.code()}, locale));
        } catch (DomainException e) {
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:/dat-lich" + (group == null ? "" : "?nhom=" + group + (day == null ? "" : "&ngay=" + day));
    }

    @PostMapping("/{code}/huy")
    String cancel(@PathVariable String code, CurrentUser user, Locale locale, RedirectAttributes redirect) {
        require(user);
        try {
            Booking b = bookings.cancel(code, user);
            redirect.addFlashAttribute(
                    "bookingDone", messages.getMessage("queue.booking.cancelled", new Object[] {b.code()}, locale));
        } catch (DomainException e) {
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:/dat-lich";
    }

    private static void require(CurrentUser user) {
        if (user == null || !user.hasRole(Role.APPLICANT)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
