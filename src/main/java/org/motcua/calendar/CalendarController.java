package org.motcua.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.motcua.shared.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar API: public reads (a year's entries, deadlines, working hours) and administrators' changes.
 * Times are ISO-8601 local date-times in Asia/Ho_Chi_Minh; explanations follow {@code Accept-Language}.
 */
@Tag(
        name = "Working calendar",
        description =
                "Working hours, holidays and the legal deadlines computed from them; reads are public, changes need ADMIN")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record DeadlineResponse(
            LocalDateTime start, LocalDateTime due, DeadlineUnit unit, BigDecimal amount, List<String> explanation) {}

    record WorkingTimeResponse(LocalDateTime from, LocalDateTime to, long minutes, String text) {}

    record EntryRequest(CalendarEntryKind kind, String name, String legalNote) {}

    record LunarNewYearRequest(@NotNull Integer daysBeforeNewYear) {}

    record SessionRequest(@NotNull LocalTime start, @NotNull LocalTime end) {}

    record WeekRequest(@NotNull Map<DayOfWeek, List<@Valid @NotNull SessionRequest>> sessions) {}

    record PeriodRequest(
            UUID agency,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull Map<DayOfWeek, List<@Valid @NotNull SessionRequest>> sessions) {}

    record CopyRequest(
            UUID agency,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo) {}

    // --- public reads --------------------------------------------------------------------------------

    @Operation(summary = "A year's holidays, compensatory days and working weekends")
    @ProblemResponse(status = 400, codes = "calendar.date_out_of_range")
    @GetMapping("/{year}")
    CalendarYear year(@PathVariable int year) {
        return calendar.year(year);
    }

    @Operation(summary = "The deadline of a time limit from a start, with its explanation")
    @ProblemResponse(
            status = 400,
            codes = {
                "calendar.unknown_unit",
                "calendar.amount_out_of_range",
                "calendar.amount_precision",
                "calendar.start_out_of_range"
            })
    @ProblemResponse(status = 422, codes = "calendar.due_out_of_range")
    @GetMapping("/deadline")
    DeadlineResponse deadline(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam BigDecimal amount,
            @RequestParam String unit,
            @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime cutoff,
            Locale locale) {
        DeadlineOptions options =
                cutoff == null ? DeadlineOptions.DEFAULT : DeadlineOptions.DEFAULT.withSameDayCutoff(cutoff);
        Deadline deadline = calendar.due(start, amount, DeadlineUnit.parse(unit), options, agency);
        return new DeadlineResponse(
                deadline.start(),
                deadline.due(),
                deadline.unit(),
                deadline.amount(),
                english(locale) ? deadline.explanationEn() : deadline.explanationVi());
    }

    @Operation(summary = "The working time between two instants")
    @ProblemResponse(status = 400, codes = "calendar.date_out_of_range")
    @GetMapping("/working-time")
    WorkingTimeResponse workingTime(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam(required = false) UUID agency,
            Locale locale) {
        WorkingDuration duration = calendar.workingTimeBetween(from, to, agency);
        return new WorkingTimeResponse(from, to, duration.minutes(), english(locale) ? duration.en() : duration.vi());
    }

    @Operation(summary = "The working hours of an agency (the province's by default)")
    @GetMapping("/hours")
    WorkingHours hours(@RequestParam(required = false) UUID agency) {
        return calendar.hours(agency);
    }

    // --- administrators ------------------------------------------------------------------------------

    @Operation(summary = "The latest changes to the calendar and working hours")
    @GetMapping("/changes")
    @PreAuthorize("hasRole('ADMIN')")
    List<CalendarChange> changes(@RequestParam(defaultValue = "50") int limit) {
        return calendar.recentChanges(limit);
    }

    @Operation(summary = "Declare a holiday, compensatory day or working weekend")
    @ProblemResponse(status = 400, codes = "calendar.date_out_of_range")
    @ProblemResponse(status = 422, codes = "calendar.entry_conflict")
    @PutMapping("/entries/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarEntry saveEntry(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody EntryRequest request) {
        return calendar.saveEntry(date, request.kind(), request.name(), request.legalNote());
    }

    @Operation(summary = "Remove a calendar entry")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/entries/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeEntry(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.removeEntry(date);
    }

    @Operation(summary = "Confirm the Lunar New Year (Tết) holidays of a year")
    @ProblemResponse(
            status = 400,
            codes = {"calendar.tet_days_out_of_range", "calendar.date_out_of_range"})
    @PostMapping("/{year}/lunar-new-year")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarYear confirmLunarNewYear(@PathVariable int year, @Valid @RequestBody LunarNewYearRequest request) {
        calendar.confirmLunarNewYear(year, request.daysBeforeNewYear());
        return calendar.year(year);
    }

    @Operation(summary = "Save the standard working week of the province or an agency")
    @ProblemResponse(status = 400, codes = "calendar.session_not_whole_minutes")
    @ProblemResponse(
            status = 422,
            codes = {
                "calendar.session_end_not_after_start",
                "calendar.session_overlap",
                "calendar.minutes_per_day_out_of_range"
            })
    @PutMapping("/hours/standard")
    @PreAuthorize("hasRole('ADMIN')")
    WorkingWeek saveStandardWeek(@RequestParam(required = false) UUID agency, @Valid @RequestBody WeekRequest request) {
        return calendar.saveStandardWeek(agency, sessions(request.sessions()));
    }

    @Operation(summary = "Remove an agency's own working hours: it follows the province's again")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/hours")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAgencyHours(@RequestParam UUID agency) {
        calendar.removeAgencyHours(agency);
    }

    @Operation(summary = "Add working hours for a period (summer hours …)")
    @ProblemResponse(status = 400, codes = "calendar.session_not_whole_minutes")
    @ProblemResponse(
            status = 422,
            codes = {
                "calendar.session_end_not_after_start",
                "calendar.session_overlap",
                "calendar.period_invalid",
                "calendar.period_overlap"
            })
    @PostMapping("/hours/periods")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    WorkingWeek addPeriod(@Valid @RequestBody PeriodRequest request) {
        return calendar.savePeriod(
                null, request.agency(), request.validFrom(), request.validTo(), sessions(request.sessions()));
    }

    @Operation(summary = "Change the working hours of a period")
    @ProblemResponse(status = 400, codes = "calendar.session_not_whole_minutes")
    @ProblemResponse(
            status = 422,
            codes = {
                "calendar.session_end_not_after_start",
                "calendar.session_overlap",
                "calendar.period_invalid",
                "calendar.period_overlap"
            })
    @PutMapping("/hours/periods/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    WorkingWeek changePeriod(@PathVariable UUID id, @Valid @RequestBody PeriodRequest request) {
        return calendar.savePeriod(
                id, request.agency(), request.validFrom(), request.validTo(), sessions(request.sessions()));
    }

    @Operation(summary = "Copy a working week to a new period")
    @ProblemResponse(
            status = 422,
            codes = {"calendar.period_invalid", "calendar.period_overlap"})
    @PostMapping("/hours/{id}/copy")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    WorkingWeek copy(@PathVariable UUID id, @Valid @RequestBody CopyRequest request) {
        return calendar.copyToNewPeriod(id, request.agency(), request.validFrom(), request.validTo());
    }

    @Operation(summary = "Remove a period's working hours")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping("/hours/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeWeek(@PathVariable UUID id) {
        calendar.removeWeek(id);
    }

    /** Builds the week, naming the offending session in errors: {@code sessions.MONDAY[1].end}. */
    private static WeeklySessions sessions(Map<DayOfWeek, List<SessionRequest>> byDay) {
        Map<DayOfWeek, List<WorkingSession>> result = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, list) -> {
            List<WorkingSession> sessions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    sessions.add(
                            new WorkingSession(list.get(i).start(), list.get(i).end()));
                } catch (CalendarRuleException e) {
                    throw new CalendarRuleException(
                            e.error(), "sessions." + day + "[" + i + "]." + e.field(), e.getMessage());
                }
            }
            result.put(day, sessions);
        });
        return new WeeklySessions(result);
    }

    /** The request's language as the shared locale resolver decides it (Accept-Language for the API). */
    private static boolean english(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
