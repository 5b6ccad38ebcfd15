package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.queue.Bookings;
import org.motcua.queue.Ticket;
import org.motcua.queue.TicketPosition;
import org.motcua.queue.TicketPrints;
import org.motcua.queue.TicketSource;
import org.motcua.queue.Tickets;
import org.motcua.shared.DomainException;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The counter floor's public pages: the kiosk ("Lấy số thứ tự", touch, large type), the ticket it prints
 * (80/58 mm print CSS, or a PDF) with a QR code to the live page, the live page on the visitor's phone
 * ({@code /so/<token>}: place in line, estimated wait), and the hall's display board. No sign-in, and no
 * personal data on any of them.
 */
@Controller
class QueueFloorPages {

    private final Tickets tickets;
    private final Bookings bookings;
    private final TicketPrints prints;
    private final Catalog catalog;
    private final MessageSource messages;

    QueueFloorPages(Tickets tickets, Bookings bookings, TicketPrints prints, Catalog catalog, MessageSource messages) {
        this.tickets = tickets;
        this.bookings = bookings;
        this.prints = prints;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The kiosk issues tickets without sign-in (posted, with the session's CSRF token). */
    @Bean
    static PublicEndpoints queueFloorPublicPages() {
        return new PublicEndpoints(List.of("/so/**", "/man-hinh", "/man-hinh/**"), List.of("/lay-so", "/lay-so/**"));
    }

    @GetMapping("/lay-so")
    String kioskOfTheProvince() {
        return "redirect:/lay-so/" + provincialCenter().code();
    }

    @GetMapping("/man-hinh")
    String boardOfTheProvince() {
        return "redirect:/man-hinh/" + provincialCenter().code();
    }

    @GetMapping("/lay-so/{center}")
    String kiosk(@PathVariable String center, @RequestParam(name = "in", required = false) String print, Model model) {
        AgencyView c = center(center);
        // "?in=1" in the kiosk's start address: each ticket prints itself (Chromium --kiosk-printing)
        model.addAttribute("autoprint", "1".equals(print));
        model.addAttribute("hall", c);
        model.addAttribute("groups", tickets.groups(c.id()));
        return "queue/kiosk";
    }

    @PostMapping("/lay-so/{center}")
    String issue(
            @PathVariable String center,
            @RequestParam(required = false) java.util.UUID group,
            @RequestParam(name = "in", required = false) String print,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        AgencyView c = center(center);
        try {
            if (group == null || !tickets.group(group).centerId().equals(c.id())) {
                throw org.motcua.queue.QueueError.GROUP_NOT_FOUND.exception(group);
            }
            Ticket t = tickets.issue(group, TicketSource.KIOSK);
            return "redirect:/lay-so/ve/" + t.token() + ("1".equals(print) ? "?in=1" : "");
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
            return kiosk(center, print, model);
        }
    }

    /** A booking's code typed at the kiosk, or its QR code scanned (the scanner types the address). */
    @PostMapping("/lay-so/{center}/lich-hen")
    String checkIn(
            @PathVariable String center,
            @RequestParam(required = false) String code,
            @RequestParam(name = "in", required = false) String print,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        center(center);
        try {
            Ticket t = bookings.checkIn(code);
            return "redirect:/lay-so/ve/" + t.token() + ("1".equals(print) ? "?in=1" : "");
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            Rejections.banner(model, messages, e, locale);
            model.addAttribute("typedCode", code);
            return kiosk(center, print, model);
        }
    }

    /** The booking's QR code opened on any device: the kiosk of its center, with the code filled in. */
    @GetMapping("/lay-so/lich-hen/{code}")
    String bookingQr(@PathVariable String code, Model model) {
        var booking = bookings.booking(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AgencyView c =
                catalog.agency(tickets.group(booking.groupId()).centerId()).orElseThrow();
        model.addAttribute("typedCode", booking.code());
        return kiosk(c.code(), null, model);
    }

    /** The ticket just issued, laid out for the kiosk's thermal printer; it prints itself and goes back. */
    @GetMapping("/lay-so/ve/{token}")
    String printable(
            @PathVariable String token,
            @RequestParam(required = false) String width,
            @RequestParam(name = "in", required = false) String print,
            Model model) {
        model.addAttribute("autoprint", "1".equals(print));
        TicketPosition p = tickets.position(token);
        model.addAttribute("p", p);
        model.addAttribute("hall", catalog.agency(p.ticket().centerId()).orElseThrow());
        model.addAttribute("url", prints.liveUrl(p.ticket()));
        model.addAttribute("qr", prints.qr(prints.liveUrl(p.ticket())));
        model.addAttribute("narrow", "58".equals(width));
        return "queue/ticket";
    }

    @GetMapping("/lay-so/ve/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        TicketPosition p = tickets.position(token);
        byte[] pdf = prints.pdf(
                p, catalog.agency(p.ticket().centerId()).orElseThrow().name());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("so-" + p.ticket().number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The visitor's phone: place in line, estimated wait, the counter once called; refreshes itself. */
    @GetMapping("/so/{token}")
    String live(@PathVariable String token, Model model) {
        TicketPosition p = tickets.position(token);
        model.addAttribute("p", p);
        model.addAttribute("hall", catalog.agency(p.ticket().centerId()).orElseThrow());
        return "queue/live";
    }

    /** The hall's display board: full screen, live (SSE), spoken call-out. */
    @GetMapping("/man-hinh/{center}")
    String board(@PathVariable String center, Model model) {
        AgencyView c = center(center);
        model.addAttribute("hall", c);
        model.addAttribute("groups", tickets.groups(c.id()));
        var calls = tickets.lastCalls(c.id(), 8);
        java.util.Map<Integer, Integer> counters = new java.util.TreeMap<>(); // counter → the number it called last
        calls.forEach(call -> counters.put(call.counterNumber(), call.number()));
        model.addAttribute("calls", calls);
        model.addAttribute("counters", counters);
        model.addAttribute("lastSeq", tickets.lastBoardSeq(c.id()));
        return "queue/board";
    }

    private AgencyView center(String code) {
        return catalog.agencyByCode(code)
                .filter(AgencyView::isServiceCenter)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AgencyView provincialCenter() {
        Optional<AgencyView> c = catalog.agencies().stream()
                .filter(a -> a.type() == AgencyType.SERVICE_CENTER && a.level() == AdministrativeLevel.PROVINCE)
                .filter(a -> a.activeTo() == null)
                .findFirst();
        return c.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
