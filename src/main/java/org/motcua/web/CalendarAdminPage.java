package org.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.motcua.calendar.CalendarEntry;
import org.motcua.calendar.CalendarEntryKind;
import org.motcua.calendar.CalendarRuleException;
import org.motcua.calendar.CalendarYear;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.shared.Vietnam;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' calendar page: a year as a month grid, its entries with forms to add, edit and
 * remove them, the Lunar New Year confirmation, the working hours and their copy into a new period, and
 * the latest changes. A rejected form is shown again with what was typed and the error next to the field.
 */
@Controller
@RequestMapping("/quan-tri/lich")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarAdminPage(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One day of the grid; {@code type} names its look and its text ({@code calendar.day.<type>}). */
    record DayCell(LocalDate date, String type, CalendarEntry entry) {
        public boolean proposed() {
            return entry != null && entry.proposed();
        }
    }

    /** A month as weeks of seven cells from Monday; null cells pad the first and last week. */
    record MonthGrid(YearMonth month, List<List<DayCell>> weeks) {}

    /** A choice of Lunar New Year block: the five days starting {@code daysBefore} days before mùng 1. */
    record TetOption(int daysBefore, LocalDate first, LocalDate last) {}

    /** What was typed in the entry form, shown again after an error. */
    record EntryForm(LocalDate date, CalendarEntryKind kind, String name, String legalNote) {}

    /** A rejected form: which form, the field and the stable code whose texts are shown. */
    record FormError(String form, String field, String code) {}

    /** The year (default: this year); {@code edit} fills the entry form with that day's entry. */
    @GetMapping
    String page(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate edit,
            Model model) {
        int shown = year != null
                ? year
                : edit != null
                        ? edit.getYear()
                        : LocalDate.now(clock.withZone(Vietnam.ZONE)).getYear();
        EntryForm form = edit == null
                ? null
                : calendar.year(shown).entries().stream()
                        .filter(e -> e.date().equals(edit))
                        .findFirst()
                        .map(e -> new EntryForm(e.date(), e.kind(), e.name(), e.legalNote()))
                        .orElse(null);
        return render(shown, null, form, model);
    }

    @PostMapping("/ngay")
    String saveEntry(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam CalendarEntryKind kind,
            @RequestParam String name,
            @RequestParam String legalNote,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            calendar.saveEntry(date, kind, name, legalNote);
        } catch (CalendarRuleException e) {
            return rejected("entry", e, response, date.getYear(), new EntryForm(date, kind, name, legalNote), model);
        }
        redirect.addFlashAttribute("saved", "calendar.admin.entry.saved");
        return "redirect:/quan-tri/lich?year=" + date.getYear();
    }

    @PostMapping("/ngay/xoa")
    String removeEntry(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            calendar.removeEntry(date);
        } catch (CalendarRuleException e) {
            return rejected("entry", e, response, date.getYear(), null, model);
        }
        redirect.addFlashAttribute("saved", "calendar.admin.entry.removed");
        return "redirect:/quan-tri/lich?year=" + date.getYear();
    }

    @PostMapping("/tet")
    String confirmTet(
            @RequestParam int year,
            @RequestParam int daysBeforeNewYear,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            calendar.confirmLunarNewYear(year, daysBeforeNewYear);
        } catch (CalendarRuleException e) {
            return rejected("tet", e, response, year, null, model);
        }
        redirect.addFlashAttribute("saved", "calendar.admin.tet.confirmed");
        return "redirect:/quan-tri/lich?year=" + year;
    }

    @PostMapping("/gio-lam-viec/sao-chep")
    String copyHours(
            @RequestParam int year,
            @RequestParam UUID source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            calendar.copyToNewPeriod(source, null, validFrom, validTo);
        } catch (CalendarRuleException e) {
            return rejected("copy", e, response, year, null, model);
        }
        redirect.addFlashAttribute("saved", "calendar.admin.hours.copied");
        return "redirect:/quan-tri/lich?year=" + year + "#gio-lam-viec";
    }

    private String rejected(
            String form,
            CalendarRuleException e,
            HttpServletResponse response,
            int year,
            EntryForm typed,
            Model model) {
        response.setStatus(e.status().value());
        return render(year, new FormError(form, e.field(), e.code()), typed, model);
    }

    private String render(int year, FormError error, EntryForm typed, Model model) {
        CalendarYear calendarYear = calendar.year(year);
        Map<LocalDate, CalendarEntry> entries =
                calendarYear.entries().stream().collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        List<MonthGrid> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> month(YearMonth.of(year, m), entries))
                .toList();
        LocalDate newYear = calendarYear.lunarNewYear();
        List<TetOption> tetOptions = IntStream.rangeClosed(0, 5)
                .mapToObj(before -> new TetOption(
                        before,
                        newYear.minusDays(before),
                        newYear.minusDays(before).plusDays(4)))
                .toList();
        model.addAttribute("year", calendarYear);
        model.addAttribute("months", months);
        model.addAttribute("tetOptions", tetOptions);
        model.addAttribute("kinds", CalendarEntryKind.values());
        model.addAttribute("hours", calendar.hours(null));
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("changes", calendar.recentChanges(10));
        model.addAttribute("error", error);
        model.addAttribute("entryForm", typed != null ? typed : new EntryForm(null, CalendarEntryKind.HOLIDAY, "", ""));
        model.addAttribute("dayFormat", DAY);
        return "calendar/admin";
    }

    private MonthGrid month(YearMonth month, Map<LocalDate, CalendarEntry> entries) {
        List<List<DayCell>> weeks = new ArrayList<>();
        List<DayCell> week = new ArrayList<>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(null);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            CalendarEntry entry = entries.get(date);
            String type =
                    entry != null ? entry.kind().name() : calendar.isWorkingDay(date, null) ? "WORKING" : "WEEKLY_REST";
            week.add(new DayCell(date, type, entry));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }
}
