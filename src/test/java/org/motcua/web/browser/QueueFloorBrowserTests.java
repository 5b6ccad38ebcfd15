package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Vietnam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counter floor in a real browser: a visitor takes a number at the kiosk, the reception officer (demo
 * "tiepnhan", seated at counter 1, which serves groups A and D) calls it from the console, and the hall's
 * display board, open all along, shows it live; the visitor follows it on a phone. A booking for today is
 * honoured at the kiosk; an applicant books a slot from a procedure's page.
 */
class QueueFloorBrowserTests extends BrowserTestSupport {

    static final String CENTER = "000.00.01.H41";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKioskTicketIsCalledOnTheConsoleAndAppearsOnTheDisplayBoard() {
        Page board = open(Screen.DESKTOP);
        board.navigate("/man-hinh/" + CENTER);
        assertThat(board.locator("#board-status")).not().hasClass(Pattern.compile("offline"));
        seen(board, "board");

        Page kiosk = open(Screen.DESKTOP);
        kiosk.navigate("/lay-so/" + CENTER);
        seen(kiosk, "kiosk");
        kiosk.locator("button.group-button", new Page.LocatorOptions().setHasText("Tư pháp, Công an"))
                .click();
        assertThat(kiosk).hasURL(Pattern.compile(".*/lay-so/ve/[A-Z0-9]+$"));
        String number = kiosk.locator("#ticket-number").textContent().strip();
        String token = kiosk.url().substring(kiosk.url().lastIndexOf('/') + 1);
        seen(kiosk, "ticket");

        Page desk = open(Screen.DESKTOP);
        signIn(desk, "tiepnhan");
        desk.navigate("/can-bo/quay-so");
        emptyHands(desk);
        desk.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Gọi " + number).setExact(true))
                .click();
        assertThat(desk.locator("#console-in-hand")).hasText(number);
        assertThat(desk.locator("#console-done")).containsText("Đã gọi số " + number);
        seen(desk, "console");

        // the board, connected before the call, shows it without reloading
        assertThat(board.locator("#board-now-number")).hasText(number);
        assertThat(board.locator("#board-now-counter")).hasText("1");
        assertThat(board.locator("[data-counter='1'] .num")).hasText(number);
        seen(board, "board-called");

        // the visitor's phone says where to go
        Page phone = open(Screen.PHONE);
        phone.navigate("/so/" + token);
        assertThat(phone.locator("#live-state")).containsText("Mời đến quầy số 1");
        seenOnPhone(phone, "live-ticket");

        // the panel on the reception desk serves and finishes it
        desk.navigate("/can-bo/tiep-nhan");
        assertThat(desk.locator("#console-in-hand")).hasText(number);
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu phục vụ"))
                .click();
        assertThat(desk.locator("#console-done")).containsText("Đang phục vụ số " + number);
        seen(desk, "desk-panel");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc"))
                .click();
        assertThat(desk.locator("#console-done")).containsText("Đã kết thúc số " + number);
        phone.reload();
        assertThat(phone.locator("#live-state")).containsText("Đã phục vụ xong");
    }

    @Test
    void aBookingForTodayIsHonouredAtTheKioskAndAnApplicantBooksFromAProcedurePage() {
        // booked for today at a slot already begun (any hour the test runs at), straight into the table
        UUID group = jdbc.sql("select g.id from queue.counter_group g where g.code = 'B'")
                .query(UUID.class)
                .single();
        String code = "BR" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        LocalDateTime now = LocalDateTime.now(Vietnam.ZONE);
        jdbc.sql("insert into queue.booking (id, code, group_id, day, slot_start, name, status, created_at)"
                        + " values (?, ?, ?, ?, ?, 'Đặng Thị Hẹn', 'BOOKED', ?)")
                .params(UUID.randomUUID(), code, group, now.toLocalDate(), LocalTime.MIDNIGHT, now)
                .update();
        Page kiosk = open(Screen.DESKTOP);
        kiosk.navigate("/lay-so/" + CENTER);
        kiosk.getByLabel("Mã lịch hẹn").fill(code.toLowerCase());
        kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy số theo lịch hẹn"))
                .click();
        assertThat(kiosk).hasURL(Pattern.compile(".*/lay-so/ve/[A-Z0-9]+$"));
        assertThat(kiosk.locator("#ticket-paper")).containsText("Theo lịch hẹn");
        // once only
        kiosk.navigate("/lay-so/" + CENTER);
        kiosk.getByLabel("Mã lịch hẹn").fill(code);
        kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy số theo lịch hẹn"))
                .click();
        assertThat(kiosk.locator("#kiosk-error")).containsText("Lịch hẹn không còn hiệu lực");
        seen(kiosk, "kiosk-booking-used");

        Page citizen = open(Screen.PHONE);
        signIn(citizen, "congdan");
        citizen.navigate("/thu-tuc");
        Locator procedureLink = citizen.locator("a[href*='/thu-tuc/']").first();
        procedureLink.click();
        citizen.locator("#book-visit").click();
        assertThat(citizen).hasURL(Pattern.compile(".*/dat-lich\\?thu-tuc=.*"));
        seenOnPhone(citizen, "booking");
        citizen.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đặt lịch").setExact(true))
                .click();
        assertThat(citizen.locator("#booking-done")).containsText("Mã lịch hẹn");
        String booked = citizen.locator("#my-bookings .booking-code")
                .first()
                .textContent()
                .strip();
        assertThat(booked).matches("[A-Z0-9]{8}");
        seenOnPhone(citizen, "booking-done");
    }

    @Test
    void theManagerSeesTheDaysFiguresAndStaffingAdviceAndAsksWhatIf() {
        Page manager = open(Screen.DESKTOP);
        signIn(manager, "giamdoc");
        manager.navigate("/can-bo/xep-hang");
        assertThat(manager.locator("#staffing tbody tr").first()).isVisible();
        seen(manager, "manager");
        manager.getByLabel("Lượt đến tăng (%)").fill("50");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tính lại"))
                .click();
        assertThat(manager).hasURL(Pattern.compile(".*tang=50.*"));
        assertThat(manager.locator("#staffing tbody tr").first()).isVisible();
    }

    /** Finishes whatever the officer still holds (left by an earlier flow in the same application). */
    private static void emptyHands(Page desk) {
        Locator finish = desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc"));
        if (finish.count() > 0) {
            finish.first().click();
        }
    }
}
