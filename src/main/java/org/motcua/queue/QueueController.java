package org.motcua.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The queue API: public reads for the kiosk, a ticket's live page and the display boards (no personal
 * data), tickets issued at the desk, and the counter console of the officer signed in.
 */
@Tag(name = "Queue", description = "Queue tickets, the counter console and the display boards")
@RestController
@RequestMapping("/api/v1")
class QueueController {

    private final Tickets tickets;
    private final Bookings bookings;
    private final BoardFeed boards;
    private final QueueFigures figures;

    QueueController(Tickets tickets, Bookings bookings, BoardFeed boards, QueueFigures figures) {
        this.tickets = tickets;
        this.bookings = bookings;
        this.boards = boards;
        this.figures = figures;
    }

    record BookingInput(
            @NotNull UUID groupId,
            @NotNull LocalDate day,
            @NotNull LocalTime slotStart,
            @NotNull String name,
            String phone,
            UUID procedureId) {}

    record TicketRequest(@NotNull UUID groupId) {}

    record TransferRequest(@NotNull UUID groupId) {}

    record OpenRequest(@NotNull Boolean open) {}

    /** A ticket as the public may see it. */
    record PublicTicket(
            int number,
            String group,
            String groupName,
            TicketStatus status,
            int ahead,
            Integer estimatedWaitMinutes,
            Integer counter,
            String issuedAt) {
        static PublicTicket of(TicketPosition p) {
            return new PublicTicket(
                    p.ticket().number(),
                    p.group().code(),
                    p.group().name(),
                    p.ticket().status(),
                    p.ahead(),
                    p.estimatedWaitMinutes(),
                    p.ticket().counterNumber(),
                    p.ticket().issuedAt().toString());
        }
    }

    @Operation(summary = "The counter groups of a center, for the kiosk")
    @GetMapping("/public/queue/centers/{centerId}/groups")
    List<CounterGroup> groups(@PathVariable UUID centerId) {
        return tickets.groups(centerId);
    }

    @Operation(summary = "A ticket's place in line and estimated wait, by the token its QR code carries")
    @ProblemResponse(status = 404, codes = "queue.ticket_not_found")
    @GetMapping("/public/queue/tickets/{token}")
    PublicTicket ticket(@PathVariable String token) {
        return PublicTicket.of(tickets.position(token));
    }

    @Operation(
            summary = "The display board's live feed of calls (Server-Sent Events)",
            description = "Events named 'call' with the call's sequence number as id; send Last-Event-ID on"
                    + " reconnect to receive the calls missed.")
    @GetMapping(path = "/public/queue/boards/{centerId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter board(
            @PathVariable UUID centerId, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return boards.subscribe(centerId, parseSeq(lastEventId));
    }

    @Operation(summary = "Issue a ticket at the reception desk")
    @ProblemResponse(status = 404, codes = "queue.group_not_found")
    @ProblemResponse(status = 422, codes = "queue.group_closed")
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    Ticket issue(@Valid @RequestBody TicketRequest request) {
        return tickets.issue(request.groupId(), TicketSource.DESK);
    }

    @Operation(summary = "The signed-in officer's console: counter, groups, ticket in hand, who waits")
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @GetMapping("/queue/console")
    Tickets.Console console(CurrentUser user) {
        return tickets.console(user);
    }

    @Operation(summary = "Call the first in line to the officer's counter")
    @ProblemResponse(
            status = 409,
            codes = {"queue.nobody_waiting", "queue.ticket_in_hand"})
    @ProblemResponse(status = 422, codes = "queue.no_counter")
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/console/call-next")
    Ticket callNext(CurrentUser user) {
        return tickets.callNext(user);
    }

    @Operation(summary = "Call one waiting ticket (exactly one console wins)")
    @ProblemResponse(status = 404, codes = "queue.ticket_not_found")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_taken", "queue.ticket_in_hand"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/call")
    Ticket call(@PathVariable UUID id, CurrentUser user) {
        return tickets.call(id, user);
    }

    @Operation(summary = "Call the ticket in hand again")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_state", "queue.ticket_not_yours"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/recall")
    Ticket recall(@PathVariable UUID id, CurrentUser user) {
        return tickets.recall(id, user);
    }

    @Operation(summary = "The visitor did not come (no-show)")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_state", "queue.ticket_not_yours"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/skip")
    Ticket skip(@PathVariable UUID id, CurrentUser user) {
        return tickets.skip(id, user);
    }

    @Operation(summary = "The visitor is at the counter")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_state", "queue.ticket_not_yours"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/serve")
    Ticket serve(@PathVariable UUID id, CurrentUser user) {
        return tickets.serve(id, user);
    }

    @Operation(summary = "Done with the visitor")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_state", "queue.ticket_not_yours"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/finish")
    Ticket finish(@PathVariable UUID id, CurrentUser user) {
        return tickets.finish(id, user);
    }

    @Operation(summary = "Send the visitor to another counter group's line")
    @ProblemResponse(
            status = 409,
            codes = {"queue.ticket_state", "queue.ticket_not_yours"})
    @ProblemResponse(
            status = 422,
            codes = {"queue.same_group", "queue.group_closed"})
    @PreAuthorize("hasRole('RECEPTION_OFFICER')")
    @PostMapping("/queue/tickets/{id}/transfer")
    Ticket transfer(@PathVariable UUID id, @Valid @RequestBody TransferRequest request, CurrentUser user) {
        return tickets.transfer(id, request.groupId(), user);
    }

    @Operation(summary = "Open or close a counter group (a closed group issues no ticket)")
    @ProblemResponse(status = 404, codes = "queue.group_not_found")
    @PreAuthorize("hasAnyRole('CENTER_MANAGER', 'ADMIN')")
    @PutMapping("/queue/groups/{id}/open")
    CounterGroup open(@PathVariable UUID id, @Valid @RequestBody OpenRequest request, CurrentUser user) {
        return tickets.setOpen(id, request.open(), user);
    }

    @Operation(summary = "A counter group's booking slots on a day (empty on a day the center does not work)")
    @ProblemResponse(status = 404, codes = "queue.group_not_found")
    @GetMapping("/public/queue/groups/{id}/slots")
    List<Bookings.Slot> slots(@PathVariable UUID id, @RequestParam LocalDate day) {
        return bookings.slots(id, day);
    }

    @Operation(summary = "Book a slot (an applicant for themselves, or the desk for a visitor)")
    @ProblemResponse(status = 404, codes = "queue.group_not_found")
    @ProblemResponse(status = 409, codes = "queue.booking_full")
    @ProblemResponse(
            status = 422,
            codes = {
                "queue.booking_in_past",
                "queue.booking_not_working_day",
                "queue.booking_no_such_slot",
                "queue.booking_too_far",
                "queue.group_closed"
            })
    @PreAuthorize("hasAnyRole('APPLICANT', 'RECEPTION_OFFICER')")
    @PostMapping("/queue/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Booking book(@Valid @RequestBody BookingInput input, CurrentUser user) {
        return bookings.book(
                new Bookings.BookingRequest(
                        input.groupId(),
                        input.day(),
                        input.slotStart(),
                        input.name(),
                        input.phone(),
                        input.procedureId()),
                user);
    }

    @Operation(summary = "The signed-in applicant's bookings")
    @PreAuthorize("hasRole('APPLICANT')")
    @GetMapping("/queue/bookings/mine")
    List<Booking> mine(CurrentUser user) {
        return bookings.mine(user);
    }

    @Operation(summary = "A booking, to its owner or an officer of its center")
    @ProblemResponse(status = 404, codes = "queue.booking_not_found")
    @GetMapping("/queue/bookings/{code}")
    Booking booking(@PathVariable String code, CurrentUser user) {
        return bookings.visible(code, user);
    }

    @Operation(summary = "Cancel a booking")
    @ProblemResponse(status = 404, codes = "queue.booking_not_found")
    @ProblemResponse(status = 409, codes = "queue.booking_state")
    @DeleteMapping("/queue/bookings/{code}")
    Booking cancel(@PathVariable String code, CurrentUser user) {
        return bookings.cancel(code, user);
    }

    @Operation(summary = "A day's figures: arrivals, no-shows, waiting p50/p90 and service time by group and hour")
    @PreAuthorize("hasAnyRole('CENTER_MANAGER', 'SUPERVISOR', 'ADMIN', 'RECEPTION_OFFICER')")
    @GetMapping("/queue/figures")
    QueueFigures.Day figures(@RequestParam UUID center, @RequestParam LocalDate day, CurrentUser user) {
        return figures.day(center, day, user);
    }

    @Operation(
            summary = "Staffing advice (Erlang C) per group and hour, with a what-if target and arrival growth",
            description = "Counters needed so that 90 % of visitors wait no longer than the target; rates measured"
                    + " over the latest 10 working days. Assumptions in docs/queue.md.")
    @ProblemResponse(status = 400, codes = "queue.what_if_out_of_range")
    @PreAuthorize("hasAnyRole('CENTER_MANAGER', 'SUPERVISOR', 'ADMIN')")
    @GetMapping("/queue/staffing")
    QueueFigures.Staffing staffing(
            @RequestParam UUID center,
            @RequestParam(required = false) Integer target,
            @RequestParam(required = false) Integer growth,
            CurrentUser user) {
        return figures.staffing(center, target, growth, user);
    }

    static Long parseSeq(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(lastEventId.strip());
            return seq < 0 ? null : seq;
        } catch (NumberFormatException e) {
            return null; // an id we did not send: start as a new board
        }
    }
}
