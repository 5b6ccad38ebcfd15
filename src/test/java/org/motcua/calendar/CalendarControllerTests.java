package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarControllerTests {

    static final RequestPostProcessor ADMIN = user("quantri").roles("ADMIN");
    static final RequestPostProcessor OFFICER = user("chuyenvien").roles("SPECIALIST");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    int storedEntries() {
        return jdbc.sql("select count(*) from calendar.calendar_entry")
                .query(Integer.class)
                .single();
    }

    @Test
    void answersADeadlineWithItsVietnameseExplanationWithoutSignIn() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-06T16:00&amount=0.5&unit=WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value("2026-03-06T16:00:00"))
                .andExpect(jsonPath("$.due").value("2026-03-09T10:00:00"))
                .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.amount").value(0.5))
                .andExpect(jsonPath("$.explanation[0]")
                        .value("Thời hạn 0,5 ngày làm việc = 4 giờ làm việc (1 ngày = 8 giờ)"))
                .andExpect(jsonPath("$.explanation[1]").value("Bỏ qua 07/03–08/03/2026 (nghỉ hằng tuần)"));
    }

    @Test
    void explainsInEnglishWhenAskedAndSaysWhenTheScheduleIsOnlyProposed() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?start=2031-03-10T09:00&amount=3&unit=WORKING_DAYS")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2031-03-13T09:00:00"))
                .andExpect(jsonPath("$.explanation[0]")
                        .value("Time limit 3 working days = 24 hours of working time (1 day = 8 hours)"))
                .andExpect(jsonPath("$.explanation[1]")
                        .value("No announced holiday schedule for 2031: the proposal from the Labour Code was used"
                                + " (not confirmed)"));
    }

    @Test
    void appliesTheSameDayCutOffGivenWithTheRequest() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-02T15:30&amount=0&unit=SAME_DAY&cutoff=16:00"))
                .andExpect(jsonPath("$.due").value("2026-03-02T17:00:00"));
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-02T15:30&amount=0&unit=SAME_DAY"))
                .andExpect(jsonPath("$.due").value("2026-03-03T17:00:00"));
    }

    @Test
    void rejectsBadDeadlineInputWithAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-02T09:00&amount=3&unit=FORTNIGHTS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("calendar.unknown_unit"))
                .andExpect(jsonPath("$.title").value("Đơn vị thời hạn không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value("Đơn vị không được hỗ trợ."));
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-02T09:00&amount=-1&unit=WORKING_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.amount_out_of_range"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-03-02T09:00&amount=1000000&unit=WORKING_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.amount_out_of_range"));
        mvc.perform(get("/api/v1/calendar/deadline?start=2300-01-01T09:00&amount=1&unit=WORKING_DAYS")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.start_out_of_range"))
                .andExpect(jsonPath("$.title").value("Date out of range"))
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        mvc.perform(get("/api/v1/calendar/deadline?start=yesterday&amount=1&unit=WORKING_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
    }

    @Test
    void listsTheEntriesOfAYearWithConfirmedAndProposedDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.lunarNewYear").value("2026-02-17"))
                .andExpect(jsonPath("$.entries[?(@.date == '2026-01-10')].kind").value("SWAPPED_WORKDAY"))
                .andExpect(jsonPath("$.entries[0].proposed").value(false));
        mvc.perform(get("/api/v1/calendar/2035"))
                .andExpect(jsonPath("$.confirmed").value(false))
                .andExpect(jsonPath("$.entries[0].proposed").value(true));
        mvc.perform(get("/api/v1/calendar/2200"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() throws Exception {
        String body = "{\"kind\":\"HOLIDAY\",\"name\":\"Ngày lễ tỉnh\",\"legalNote\":\"QĐ 1/QĐ-UBND\"}";
        int before = storedEntries();

        mvc.perform(json(put("/api/v1/calendar/entries/2026-11-04"), body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
        mvc.perform(json(put("/api/v1/calendar/entries/2026-11-04"), body).with(OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(get("/api/v1/calendar/changes").with(OFFICER)).andExpect(status().isForbidden());
        assertThat(storedEntries()).isEqualTo(before);

        mvc.perform(json(put("/api/v1/calendar/entries/2026-11-04"), body).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.proposed").value(false));
        mvc.perform(get("/api/v1/calendar/deadline?start=2026-11-03T09:00&amount=1&unit=WORKING_DAYS"))
                .andExpect(jsonPath("$.due").value("2026-11-05T09:00:00"));
        mvc.perform(get("/api/v1/calendar/changes?limit=1").with(ADMIN))
                .andExpect(jsonPath("$[0].actor").value("quantri"))
                .andExpect(jsonPath("$[0].action").value("ENTRY_ADDED"))
                .andExpect(jsonPath("$[0].subject").value("entry 2026-11-04"));
        mvc.perform(delete("/api/v1/calendar/entries/2026-11-04").with(ADMIN)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/calendar/entries/2026-11-04").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("calendar.entry_not_found"));
    }

    @Test
    void rejectsInvalidEntriesAndStoresNothing() throws Exception {
        int before = storedEntries();
        mvc.perform(json(
                                put("/api/v1/calendar/entries/2026-11-07"),
                                "{\"kind\":\"SWAPPED_DAY_OFF\",\"name\":\"Nghỉ\",\"legalNote\":\"CV 1\"}")
                        .with(ADMIN))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("calendar.entry_kind_not_for_day"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(put("/api/v1/calendar/entries/2026-11-06"), "{\"kind\":\"HOLIDAY\",\"name\":\"  \"}")
                        .with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.entry_invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(put("/api/v1/calendar/entries/2026-11-06"), "{\"kind\":\"FEAST\",\"name\":\"x\"}")
                        .with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(storedEntries()).isEqualTo(before);
    }

    @Test
    void confirmsTheLunarNewYearBlockOfAYear() throws Exception {
        mvc.perform(json(post("/api/v1/calendar/2032/lunar-new-year"), "{\"daysBeforeNewYear\":6}")
                        .with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("daysBeforeNewYear"));
        mvc.perform(json(post("/api/v1/calendar/2032/lunar-new-year"), "{\"daysBeforeNewYear\":2}")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.entries[?(@.proposed == true)]").isEmpty());
        mvc.perform(json(post("/api/v1/calendar/2032/lunar-new-year"), "{\"daysBeforeNewYear\":2}")
                        .with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("calendar.year_already_confirmed"));
    }

    @Test
    void rejectsOverlappingOrInvertedSessionsNamingTheSession() throws Exception {
        String overlapping =
                "{\"sessions\":{\"MONDAY\":[{\"start\":\"07:00\",\"end\":\"11:30\"},{\"start\":\"11:00\",\"end\":\"17:00\"}]}}";
        mvc.perform(json(put("/api/v1/calendar/hours/standard"), overlapping).with(ADMIN))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("calendar.session_overlap"))
                .andExpect(jsonPath("$.errors[0].field").value("sessions.MONDAY"));
        String inverted = "{\"sessions\":{\"TUESDAY\":[{\"start\":\"11:30\",\"end\":\"07:00\"}]}}";
        mvc.perform(json(put("/api/v1/calendar/hours/standard"), inverted).with(ADMIN))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("calendar.session_end_not_after_start"))
                .andExpect(jsonPath("$.errors[0].field").value("sessions.TUESDAY[0].end"));
        String inside = "{\"agency\":null,\"validFrom\":\"2030-09-30\",\"validTo\":\"2030-06-01\","
                + "\"sessions\":{\"MONDAY\":[{\"start\":\"07:00\",\"end\":\"11:00\"}]}}";
        mvc.perform(json(post("/api/v1/calendar/hours/periods"), inside).with(ADMIN))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("calendar.period_invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
        mvc.perform(get("/api/v1/calendar/hours"))
                .andExpect(jsonPath("$.minutesPerWorkingDay").value(480))
                .andExpect(jsonPath("$.weeks[0].sessions.byDay.MONDAY[1].start").value("13:30:00"));
    }

    @Test
    void copiesTheStandardWeekIntoANewPeriod() throws Exception {
        String standardId = calendar.hours(null).weeks().getFirst().id().toString();
        mvc.perform(json(
                                post("/api/v1/calendar/hours/" + standardId + "/copy"),
                                "{\"validFrom\":\"2033-05-01\",\"validTo\":\"2033-09-30\"}")
                        .with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validFrom").value("2033-05-01"))
                .andExpect(jsonPath("$.sessions.byDay.FRIDAY[0].end").value("11:30:00"));
        assertThat(calendar.hours(null).weeks())
                .extracting(WorkingWeek::validFrom)
                .contains(LocalDate.of(2033, 5, 1));
    }
}
