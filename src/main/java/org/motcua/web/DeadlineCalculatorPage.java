package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.motcua.calendar.CalendarRuleException;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DeadlineOptions;
import org.motcua.calendar.DeadlineUnit;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A public page where a citizen or an officer enters when a dossier was received and its processing
 * time, and sees the due time with the explanation of how it was counted.
 */
@Controller
class DeadlineCalculatorPage {

    private final WorkingCalendar calendar;

    DeadlineCalculatorPage(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Public calendar pages (the deadline calculator). */
    @Bean
    static PublicEndpoints calendarPages() {
        return PublicEndpoints.readOnly("/lich/**");
    }

    @GetMapping("/lich/han-xu-ly")
    String calculate(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(defaultValue = "WORKING_DAYS") DeadlineUnit unit,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("start", start);
        model.addAttribute("amount", amount);
        model.addAttribute("unit", unit);
        model.addAttribute("units", DeadlineUnit.values());
        model.addAttribute("workdayHours", workdayHours());
        if (start != null && amount != null) {
            try {
                Deadline deadline = calendar.due(start, amount, unit, DeadlineOptions.DEFAULT, null);
                model.addAttribute("deadline", deadline);
                model.addAttribute(
                        "explanation",
                        locale.getLanguage().equals("en") ? deadline.explanationEn() : deadline.explanationVi());
            } catch (CalendarRuleException e) {
                response.setStatus(e.status().value());
                model.addAttribute("errorField", e.field());
                model.addAttribute("errorCode", e.code());
            }
        }
        return "calendar/deadline";
    }

    /** The sessions of an ordinary working day of the province, e.g. "07:00–11:30, 13:30–17:00". */
    private String workdayHours() {
        return calendar.hours(null).weeks().getFirst().sessions().workdaySessions().stream()
                .map(s -> s.start() + "–" + s.end())
                .collect(Collectors.joining(", "));
    }
}
