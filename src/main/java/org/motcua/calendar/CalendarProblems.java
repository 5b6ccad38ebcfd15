package org.motcua.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.motcua.shared.FieldError;
import org.motcua.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Calendar rule violations from any REST controller (this module's, or a dossier endpoint computing a
 * deadline) as problem documents whose field error carries the localised {@code field.<code>} text.
 * Ordered before the shared handler, which would send the field error without a message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

    private final Problems problems;

    CalendarProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CalendarRuleException.class)
    ResponseEntity<ProblemDetail> calendarRule(CalendarRuleException e, HttpServletRequest request) {
        FieldError field =
                new FieldError(e.field(), e.code(), problems.fieldMessage(e.code(), null, e.code(), request));
        return ResponseEntity.status(e.status())
                .body(problems.build(e.status(), e.code(), e.args(), List.of(field), request));
    }
}
