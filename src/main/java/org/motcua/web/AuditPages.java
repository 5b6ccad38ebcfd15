package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.motcua.shared.FileResponses;
import org.motcua.shared.Vietnam;
import org.motcua.shared.audit.AuditChain;
import org.motcua.shared.audit.AuditExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Nhật ký truy cập dữ liệu cá nhân" for administrators and inspectors: check the hash chain (it names the
 * first broken link), the daily anchors to print, and the entries by period, whose data, who acted and
 * which dossier, exported as CSV or Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
@RequestMapping("/quan-tri/nhat-ky")
class AuditPages {

    static final int LISTED = 100;
    static final int ANCHOR_DAYS = 31;

    private final AuditChain chain;
    private final AuditExport export;

    AuditPages(AuditChain chain, AuditExport export) {
        this.chain = chain;
        this.export = export;
    }

    /** The filter as typed (Vietnamese parameter names, as the other pages'). */
    record Filter(LocalDate from, LocalDate to, String person, String actor, String dossier) {

        AuditChain.Query query() {
            return new AuditChain.Query(from, to, person, actor, dossier);
        }

        boolean reversed() {
            return from != null && to != null && to.isBefore(from);
        }
    }

    @GetMapping
    String page(
            @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "nguoi", required = false) String person,
            @RequestParam(name = "canBo", required = false) String actor,
            @RequestParam(name = "hoSo", required = false) String dossier,
            Model model) {
        Filter filter = new Filter(from, to, person, actor, dossier);
        model.addAttribute("filter", filter);
        model.addAttribute("reversed", filter.reversed());
        model.addAttribute("entries", filter.reversed() ? List.of() : chain.latest(filter.query(), LISTED));
        model.addAttribute("listed", LISTED);
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        model.addAttribute(
                "anchors", chain.anchors(today.minusDays(ANCHOR_DAYS), today).reversed());
        return "admin/audit";
    }

    /** Checks the chain of the days chosen (all when none) and shows the answer above the rest. */
    @GetMapping("/kiem-tra")
    String verify(
            @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "ngayNeo", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate anchorDay,
            @RequestParam(name = "neo", required = false) String anchor,
            Model model) {
        boolean reversed = from != null && to != null && to.isBefore(from);
        if (!reversed) {
            model.addAttribute(
                    "verification",
                    chain.verify(from, to, anchorDay, anchor == null || anchor.isBlank() ? null : anchor));
        }
        model.addAttribute("reversedCheck", reversed);
        model.addAttribute("checkFrom", from);
        model.addAttribute("checkTo", to);
        model.addAttribute("anchorDay", anchorDay);
        model.addAttribute("anchor", anchor);
        return page(null, null, null, null, null, model);
    }

    /** The daily anchors of a period on a page of their own, to print and keep elsewhere. */
    @GetMapping("/neo")
    String anchors(
            @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate last = to != null ? to : LocalDate.now(Vietnam.ZONE);
        LocalDate first = from != null && !from.isAfter(last) ? from : last.minusDays(ANCHOR_DAYS);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("anchors", chain.anchors(first, last));
        return "admin/audit-anchors";
    }

    @GetMapping("/xuat")
    void export(
            @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "nguoi", required = false) String person,
            @RequestParam(name = "canBo", required = false) String actor,
            @RequestParam(name = "hoSo", required = false) String dossier,
            @RequestParam(name = "dinhDang", defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        Filter filter = new Filter(from, to, person, actor, dossier);
        AuditChain.Query query =
                filter.reversed() ? new Filter(to, from, person, actor, dossier).query() : filter.query();
        String name = "nhat-ky-" + (from == null ? "" : from + "-") + (to == null ? "" : to);
        if ("csv".equals(format)) {
            export.csv(query, FileResponses.download(response, FileResponses.CSV, name + ".csv"));
        } else {
            export.xlsx(query, FileResponses.download(response, FileResponses.XLSX, name + ".xlsx"));
        }
    }
}
