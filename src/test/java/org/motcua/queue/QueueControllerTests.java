package org.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The queue's API and public pages: what they answer, and the problem documents for bad input. */
class QueueControllerTests extends QueueTestSupport {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Bookings bookings;

    @Autowired
    BookingReminders reminders;

    String bearer(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    @Test
    void theKioskIssuesANumberAndItsTicketShowsTheLivePagesQrCode() throws Exception {
        mvc.perform(get("/lay-so/000.00.01.H41"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(group.name())));
        String location = mvc.perform(post("/lay-so/000.00.01.H41")
                        .with(csrf())
                        .param("group", group.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/lay-so/ve/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String token = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/so/" + token)));
        mvc.perform(get("/so/" + token)).andExpect(status().isOk());
        byte[] pdf = mvc.perform(get(location + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        mvc.perform(get("/api/v1/public/queue/tickets/" + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.ahead").value(0))
                .andExpect(jsonPath("$.group").value(group.code()));
    }

    @Test
    void theKioskRefusesAClosedGroupInWordsAndIssuesNothing() throws Exception {
        CounterGroup closed = group("Z" + run.substring(0, 3), List.of(firstCounter.id()), false);
        mvc.perform(post("/lay-so/000.00.01.H41")
                        .with(csrf())
                        .param("group", closed.id().toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("đang tạm dừng nhận số")));
        mvc.perform(post("/api/v1/queue/tickets")
                        .header("Authorization", bearer(first.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groupId\":\"" + closed.id() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("queue.group_closed"));
    }

    @Test
    void badInputAnswersProblemDocuments() throws Exception {
        String officer = bearer(first.username(), PASSWORD);
        mvc.perform(post("/api/v1/queue/tickets")
                        .header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groupId"));
        mvc.perform(post("/api/v1/queue/tickets")
                        .header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groupId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("queue.group_not_found"));
        mvc.perform(get("/api/v1/public/queue/tickets/NOSUCHTOKEN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("queue.ticket_not_found"));
        mvc.perform(post("/api/v1/queue/tickets/" + UUID.randomUUID() + "/call").header("Authorization", officer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("queue.ticket_not_found"));
        mvc.perform(post("/api/v1/queue/console/call-next").header("Authorization", officer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("queue.nobody_waiting"))
                .andExpect(jsonPath("$.title").value("Không còn ai chờ"));
        mvc.perform(post("/api/v1/queue/console/call-next")
                        .header("Authorization", officer)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Nobody waiting"));
        mvc.perform(post("/api/v1/queue/console/call-next")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/queue/groups/" + group.id() + "/open")
                        .header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":false}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerWithoutACounterIsToldSo() throws Exception {
        var loose = officer("q3-" + run);
        mvc.perform(post("/api/v1/queue/console/call-next").header("Authorization", bearer(loose.username(), PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("queue.no_counter"));
    }

    @Test
    void theSecondOfTwoCallsOfOneTicketIsAConflict() throws Exception {
        Ticket t = tickets.issue(group.id(), TicketSource.KIOSK);
        mvc.perform(post("/api/v1/queue/tickets/" + t.id() + "/call")
                        .header("Authorization", bearer(first.username(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CALLED"));
        mvc.perform(post("/api/v1/queue/tickets/" + t.id() + "/call")
                        .header("Authorization", bearer(second.username(), PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("queue.ticket_taken"));
    }

    @Test
    void bookingsAreRefusedInThePastOnANonWorkingDayAndOverCapacity() throws Exception {
        String citizen = bearer("congdan", "demo");
        LocalDate today = LocalDate.now(org.motcua.shared.Vietnam.ZONE);
        LocalDate working = today.plusDays(1);
        while (!calendar.isWorkingDay(working, center)) {
            working = working.plusDays(1);
        }
        LocalDate off = today.plusDays(1);
        while (calendar.isWorkingDay(off, center)) {
            off = off.plusDays(1);
        }
        String slot = "08:00";
        mvc.perform(get("/api/v1/public/queue/groups/" + group.id() + "/slots").param("day", working.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.start == '08:00:00')].capacity").value(2));
        mvc.perform(get("/api/v1/public/queue/groups/" + group.id() + "/slots").param("day", off.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(book(citizen, today.minusDays(1), slot))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("queue.booking_in_past"));
        mvc.perform(book(citizen, off, slot))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("queue.booking_not_working_day"));
        mvc.perform(book(citizen, working, "08:07"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("queue.booking_no_such_slot"));
        mvc.perform(book(citizen, today.plusDays(60), slot))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("queue.booking_too_far"));
        String code = JsonPath.read(
                mvc.perform(book(citizen, working, slot))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.code");
        mvc.perform(book(citizen, working, slot)).andExpect(status().isCreated());
        // the applicant is told by the notification module (through the outbox)
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from notification.message where trigger = 'BOOKING_CONFIRMED'"
                                        + " and event_key = ?")
                                .param("booking:"
                                        + bookings.booking(code).orElseThrow().id() + ":BOOKING_CONFIRMED")
                                .query(Integer.class)
                                .single()
                        > 0);
        // the day before, a reminder, once
        assertThat(reminders.remind(working)).isGreaterThanOrEqualTo(2);
        assertThat(reminders.remind(working)).isZero();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from notification.message where trigger = 'BOOKING_REMINDER'"
                                        + " and event_key = ?")
                                .param("booking:"
                                        + bookings.booking(code).orElseThrow().id() + ":BOOKING_REMINDER")
                                .query(Integer.class)
                                .single()
                        > 0);
        mvc.perform(book(citizen, working, slot))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("queue.booking_full"));
        // a cancellation frees the place
        mvc.perform(delete("/api/v1/queue/bookings/" + code).header("Authorization", citizen))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(book(citizen, working, slot)).andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/queue/bookings/" + code).header("Authorization", citizen))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("queue.booking_state"));
        // someone else's booking does not exist for another applicant's officer outside the center
        mvc.perform(post("/api/v1/queue/bookings")
                        .header("Authorization", citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"groupId\":\"" + group.id() + "\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBookingForTodayIsHonouredAtTheKioskOnceAndPlacedAtItsSlot() throws Exception {
        // booked directly (today's slots may all be past at the hour the tests run)
        java.time.LocalDateTime now = java.time.LocalDateTime.now(org.motcua.shared.Vietnam.ZONE);
        Ticket walkIn = tickets.issue(group.id(), TicketSource.KIOSK);
        UUID id = UUID.randomUUID();
        String code = "T" + run.substring(0, 3).toUpperCase() + "BK";
        jdbc.sql("insert into queue.booking (id, code, group_id, day, slot_start, name, status, created_at)"
                        + " values (?, ?, ?, ?, ?, 'Nguyễn Văn Hẹn', 'BOOKED', ?)")
                .params(id, code, group.id(), now.toLocalDate(), java.time.LocalTime.of(0, 0), now)
                .update();
        String location = mvc.perform(post("/lay-so/000.00.01.H41/lich-hen")
                        .with(csrf())
                        .param("code", "https://motcua.test/lay-so/lich-hen/" + code.toLowerCase()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String token = location.substring(location.lastIndexOf('/') + 1);
        TicketPosition booked = tickets.position(token);
        assertThat(booked.ticket().source()).isEqualTo(TicketSource.BOOKING);
        assertThat(booked.ahead()).isZero(); // before the walk-in who came later than the slot's start
        assertThat(tickets.position(walkIn.token()).ahead()).isEqualTo(1);
        mvc.perform(post("/lay-so/000.00.01.H41/lich-hen").with(csrf()).param("code", code))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lịch hẹn không còn hiệu lực")));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theManagerGetsStaffingAdviceFromTheDemosMeasuredRatesAndAWhatIf() throws Exception {
        String manager = bearer("giamdoc", "demo");
        mvc.perform(get("/api/v1/queue/staffing")
                        .param("center", center.toString())
                        .header("Authorization", manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.advice[?(@.groupCode == 'B' && @.hour == 9)].needed")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
        // twice the visitors need at least as many counters
        String base = mvc.perform(get("/api/v1/queue/staffing")
                        .param("center", center.toString())
                        .param("target", "10")
                        .header("Authorization", manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String doubled = mvc.perform(get("/api/v1/queue/staffing")
                        .param("center", center.toString())
                        .param("target", "10")
                        .param("growth", "100")
                        .header("Authorization", manager))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> before = JsonPath.read(base, "$.advice[*].needed");
        List<Integer> after = JsonPath.read(doubled, "$.advice[*].needed");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isGreaterThanOrEqualTo(before.get(i));
        }
        assertThat(after.stream().mapToInt(Integer::intValue).sum())
                .isGreaterThan(before.stream().mapToInt(Integer::intValue).sum());
        mvc.perform(get("/api/v1/queue/staffing")
                        .param("center", center.toString())
                        .param("target", "0")
                        .header("Authorization", manager))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("queue.what_if_out_of_range"));
        mvc.perform(get("/api/v1/queue/figures")
                        .param("center", center.toString())
                        .param(
                                "day",
                                LocalDate.now(org.motcua.shared.Vietnam.ZONE).toString())
                        .header("Authorization", manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.arrivals").value(org.hamcrest.Matchers.greaterThan(0)));
        // an applicant reads no figures
        mvc.perform(get("/api/v1/queue/staffing")
                        .param("center", center.toString())
                        .header("Authorization", bearer("congdan", "demo")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.RequestBuilder book(String auth, LocalDate day, String slot) {
        return post("/api/v1/queue/bookings")
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"groupId\":\"" + group.id() + "\",\"day\":\"" + day + "\",\"slotStart\":\"" + slot
                        + "\",\"name\":\"Võ Văn Bình\",\"phone\":\"0912345678\"}");
    }
}
