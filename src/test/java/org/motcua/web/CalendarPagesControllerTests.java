package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarPagesControllerTests {

    static final RequestPostProcessor ADMIN = user("quantri").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void showsTheYearAsAMonthGridWithProposedDaysMarkedInWords() throws Exception {
        mvc.perform(get("/quan-tri/lich?year=2027").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch làm việc và ngày nghỉ năm 2027")))
                .andExpect(content().string(containsString("Chưa xác nhận")))
                // mùng 1 Tết 2027 = 06/02/2027, a proposed holiday: class, letter mark and words.
                .andExpect(content().string(containsString("cal-HOLIDAY cal-proposed")))
                .andExpect(content()
                        .string(containsString("06/02/2027: Nghỉ lễ, Tết – Tết Nguyên đán (đề xuất, chưa xác nhận)")))
                .andExpect(content().string(containsString("Xác nhận lịch nghỉ Tết Nguyên đán 2027")));
        mvc.perform(get("/quan-tri/lich?year=2026").with(ADMIN))
                .andExpect(content().string(containsString("Đã xác nhận")))
                .andExpect(content().string(containsString("10/01/2026: Làm bù")))
                .andExpect(content().string(not(containsString("(đề xuất, chưa xác nhận)"))));
    }

    @Test
    void keepsTheCalendarPageForAdministrators() throws Exception {
        mvc.perform(get("/quan-tri/lich")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/quan-tri/lich").with(user("tiepnhan").roles("RECEPTION_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void savesAnEntryFromTheFormAndShowsItInTheGrid() throws Exception {
        mvc.perform(post("/quan-tri/lich/ngay")
                        .with(ADMIN)
                        .with(csrf())
                        .param("date", "2026-12-04")
                        .param("kind", "HOLIDAY")
                        .param("name", "Ngày truyền thống của tỉnh")
                        .param("legalNote", "Quyết định 99/QĐ-UBND"))
                .andExpect(redirectedUrl("/quan-tri/lich?year=2026"));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 4), null)).isFalse();
        mvc.perform(get("/quan-tri/lich?year=2026").with(ADMIN))
                .andExpect(content().string(containsString("04/12/2026: Nghỉ lễ, Tết – Ngày truyền thống của tỉnh")));
        mvc.perform(get("/quan-tri/lich?edit=2026-12-04").with(ADMIN))
                .andExpect(content().string(containsString("value=\"Ngày truyền thống của tỉnh\"")));
    }

    @Test
    void showsARejectedEntryAgainWithWhatWasTypedAndTheErrorNextToTheField() throws Exception {
        mvc.perform(post("/quan-tri/lich/ngay")
                        .with(ADMIN)
                        .with(csrf())
                        .param("date", "2026-12-05")
                        .param("kind", "COMPENSATORY_DAY_OFF")
                        .param("name", "Nghỉ bù thử")
                        .param("legalNote", "Công văn 1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chưa lưu được")))
                .andExpect(content().string(containsString("Loại này không áp dụng cho ngày đã chọn.")))
                .andExpect(content().string(containsString("value=\"Nghỉ bù thử\"")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 5), null)).isFalse(); // still a plain Saturday
        assertThat(calendar.year(2026).entries()).noneMatch(e -> e.date().equals(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void confirmsTheLunarNewYearFromThePage() throws Exception {
        mvc.perform(post("/quan-tri/lich/tet")
                        .with(ADMIN)
                        .with(csrf())
                        .param("year", "2034")
                        .param("daysBeforeNewYear", "1"))
                .andExpect(redirectedUrl("/quan-tri/lich?year=2034"));
        assertThat(calendar.year(2034).confirmed()).isTrue();
    }

    @Test
    void theDeadlineCalculatorIsPublicAndExplainsInVietnamese() throws Exception {
        mvc.perform(get("/lich/han-xu-ly?start=2026-03-07T10:00&amount=1&unit=WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10/03/2026 07:00")))
                .andExpect(content().string(containsString("Thứ Ba")))
                .andExpect(content().string(containsString("ngoài giờ làm việc: bắt đầu tính từ 07:00 09/03/2026")));
        mvc.perform(get("/lich/han-xu-ly?start=2026-03-07T10:00&amount=-2&unit=WORKING_DAYS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Thời hạn âm hoặc quá lớn.")));
    }
}
