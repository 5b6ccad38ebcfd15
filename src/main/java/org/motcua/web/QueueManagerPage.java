package org.motcua.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.queue.QueueFigures;
import org.motcua.queue.Tickets;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Xếp hàng tại quầy" for the center's manager: counter groups opened and closed, the day's figures by
 * group and hour with a summary, and the staffing advice (Erlang C) beside the counters staffed, with a
 * what-if form (target wait, arrival growth).
 */
@Controller
@RequestMapping("/can-bo/xep-hang")
class QueueManagerPage {

    private final Tickets tickets;
    private final QueueFigures figures;
    private final Catalog catalog;
    private final MessageSource messages;

    QueueManagerPage(Tickets tickets, QueueFigures figures, Catalog catalog, MessageSource messages) {
        this.tickets = tickets;
        this.figures = figures;
        this.catalog = catalog;
        this.messages = messages;
    }

    static boolean mayRead(CurrentUser user) {
        return user != null
                && (user.hasRole(Role.CENTER_MANAGER) || user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR));
    }

    @GetMapping
    String page(
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(name = "muc-tieu", required = false) Integer target,
            @RequestParam(name = "tang", required = false) Integer growth,
            CurrentUser user,
            Locale locale,
            Model model) {
        AgencyView center = centerOf(user);
        LocalDate d = day == null ? LocalDate.now(Vietnam.ZONE) : day;
        model.addAttribute("hall", center);
        model.addAttribute("day", d);
        model.addAttribute("groups", tickets.groups(center.id()));
        model.addAttribute("figures", figures.day(center.id(), d, user));
        model.addAttribute("target", target);
        model.addAttribute("growth", growth == null ? 0 : growth);
        try {
            model.addAttribute("staffing", figures.staffing(center.id(), target, growth, user));
        } catch (DomainException e) {
            Rejections.banner(model, messages, e, locale);
            model.addAttribute("staffing", figures.staffing(center.id(), null, 0, user));
        }
        return "queue/manager";
    }

    @PostMapping("/nhom/{id}")
    String open(
            @PathVariable UUID id, @RequestParam boolean open, CurrentUser user, Locale locale, RedirectAttributes r) {
        try {
            tickets.setOpen(id, open, user);
        } catch (DomainException e) {
            Rejections.banner(r, messages, e, locale);
        }
        return "redirect:/can-bo/xep-hang";
    }

    /** The day's figures as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese). */
    @GetMapping("/so-lieu.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            CurrentUser user) {
        AgencyView center = centerOf(user);
        LocalDate d = day == null ? LocalDate.now(Vietnam.ZONE) : day;
        var f = figures.day(center.id(), d, user);
        StringBuilder csv = new StringBuilder(
                "\uFEFFngay,nhom,gio,luot_den,da_phuc_vu,vang_mat,cho_p50_phut,cho_p90_phut,phuc_vu_tb_phut\n");
        for (var r : f.byHour()) {
            csv.append(d)
                    .append(',')
                    .append(r.groupCode())
                    .append(',')
                    .append(r.hour())
                    .append(',')
                    .append(r.arrivals())
                    .append(',')
                    .append(r.served())
                    .append(',')
                    .append(r.noShows())
                    .append(',')
                    .append(n(r.waitP50()))
                    .append(',')
                    .append(n(r.waitP90()))
                    .append(',')
                    .append(n(r.serviceMean()))
                    .append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("xep-hang-" + d + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String n(Double v) {
        return v == null ? "" : v.toString();
    }

    /** The service center the person manages (the provincial one for administrators and supervisors). */
    private AgencyView centerOf(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.agencyIds().stream()
                .map(catalog::agency)
                .flatMap(java.util.Optional::stream)
                .filter(AgencyView::isServiceCenter)
                .findFirst()
                .or(() -> catalog.agencies().stream()
                        .filter(a -> a.type() == org.motcua.catalog.AgencyType.SERVICE_CENTER
                                && a.level() == org.motcua.catalog.AdministrativeLevel.PROVINCE
                                && a.activeTo() == null)
                        .findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
