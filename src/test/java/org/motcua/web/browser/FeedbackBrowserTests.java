package org.motcua.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's complaint about a procedure, sent on the public form without signing in, is routed to the
 * procedure's competent agency (the demo commune), answered there by its officer and published with the
 * names and numbers removed; anyone finds it by typing without diacritics. An officer sends an anonymous
 * suggestion from the box.
 */
class FeedbackBrowserTests extends BrowserTestSupport {

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Test
    void aComplaintIsRoutedAnsweredWithinItsDeadlineAndPublishedWithoutPersonalData() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        CurrentUser officer = users.create("pa-" + run, "mật-khẩu", "Cán bộ xã " + run, Set.of(Role.SPECIALIST));
        users.assignAgencies(officer.id(), Set.of(commune));

        Page phone = open(Screen.PHONE);
        phone.navigate("/phan-anh");
        seenOnPhone(phone, "feedback-form");
        phone.getByLabel("Mã thủ tục, mã hồ sơ hoặc tên, số quầy của cán bộ").fill("2.000815.000.00.50.H41");
        phone.getByLabel("Nội dung phản ánh").selectOption("PAPERWORK");
        phone.getByLabel("Tiêu đề").fill("Bị yêu cầu nộp thêm bản sao " + run);
        phone.locator("#body").fill("Cán bộ Lê Văn Tám yêu cầu tôi nộp thêm bản sao CCCD 040190001201.");
        phone.getByLabel("Họ và tên").fill("Trần Thị Hoa");
        phone.getByLabel("Số điện thoại").fill("0912345678");
        phone.getByLabel("Tôi đồng ý công khai phản ánh và câu trả lời (đã xóa thông tin cá nhân)")
                .check();
        phone.locator("#feedback-send").click();
        assertThat(phone.locator("#feedback-sent")).containsText("Hạn trả lời");
        seenOnPhone(phone, "feedback-sent");

        // The commune's officer finds it in the list, with its due time, answers and publishes it.
        Page desk = open(Screen.DESKTOP);
        signIn(desk, officer.username(), "mật-khẩu");
        desk.navigate("/can-bo/phan-anh");
        desk.getByText("Bị yêu cầu nộp thêm bản sao " + run).click();
        assertThat(desk.locator("#feedback-due")).hasText(Pattern.compile("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
        seen(desk, "feedback-item");
        desk.locator("#answer").fill("Thủ tục không yêu cầu thêm bản sao; đã nhắc nhở ông Lê Văn Tám.");
        desk.locator("#answer-send").click();
        assertThat(desk.locator("#feedback-status")).hasText("Đã trả lời");
        desk.locator("#thirdParties").fill("Lê Văn Tám");
        desk.locator("#publish").click();
        assertThat(desk.locator("#published-at")).containsText("Đã công khai");

        // Published, found without diacritics, with neither names nor numbers.
        phone.navigate("/phan-anh/cong-khai");
        phone.locator("#q").fill("bi yeu cau nop them ban sao " + run);
        phone.locator("#q").press("Enter");
        assertThat(phone.locator(".published-feedback")).hasCount(1);
        assertThat(phone.locator(".published-feedback")).not().containsText("Lê Văn Tám");
        assertThat(phone.locator(".published-feedback")).not().containsText("040190001201");
        assertThat(phone.locator(".published-answer")).containsText("***");
        seenOnPhone(phone, "feedback-published");
    }

    @Test
    void anOfficerSendsAnAnonymousSuggestionFromTheBox() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser officer = users.create("gy-" + run, "mật-khẩu", "Cán bộ " + run, Set.of(Role.SPECIALIST));
        Page desk = open(Screen.DESKTOP);
        signIn(desk, officer.username(), "mật-khẩu");
        desk.navigate("/can-bo/gop-y");
        desk.getByLabel("Lỗi phần mềm (gửi bộ phận CNTT)").check();
        desk.locator("#body").fill("Máy quét ở quầy 2 hay treo " + run);
        seen(desk, "suggestion-box");
        desk.locator("#box-send").click();
        assertThat(desk.locator("#sent")).containsText("Đã gửi");
        seen(desk, "suggestion-sent");
    }
}
