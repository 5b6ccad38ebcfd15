package org.motcua.web;

import java.time.LocalDate;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.statistics.Evaluation;
import org.motcua.statistics.GroupBy;
import org.motcua.statistics.Statistics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Đánh giá cán bộ, cơ quan": per officer or agency and period, the dossiers received and resolved, the
 * on-time rate, the refusals and supplements asked for, and the applicants' satisfaction; as a workbook too.
 */
@Controller
class EvaluationPage {

    private final Statistics statistics;

    EvaluationPage(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/can-bo/danh-gia")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String groupBy,
            CurrentUser user,
            Model model) {
        if (!Statistics.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = statistics.now().toLocalDate();
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        GroupBy group = "agency".equalsIgnoreCase(groupBy) ? GroupBy.AGENCY : GroupBy.OFFICER;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("agency", agency);
        model.addAttribute("groupBy", group.name().toLowerCase());
        try {
            model.addAttribute(
                    "evaluation",
                    statistics.evaluation(new Statistics.Request(start, end, agency, null, null, group), user));
        } catch (DomainException refused) {
            model.addAttribute("problem", refused);
        }
        return "satisfaction/evaluation";
    }

    @GetMapping("/can-bo/danh-gia/tai-ve")
    ResponseEntity<byte[]> download(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String groupBy,
            CurrentUser user) {
        GroupBy group = "agency".equalsIgnoreCase(groupBy) ? GroupBy.AGENCY : GroupBy.OFFICER;
        Evaluation evaluation =
                statistics.evaluation(new Statistics.Request(from, to, agency, null, null, group), user);
        return FileResponses.bytes(
                statistics.workbook(evaluation), FileResponses.XLSX, "danh-gia-" + from + "-" + to + ".xlsx", false);
    }
}
