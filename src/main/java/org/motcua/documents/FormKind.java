package org.motcua.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The printed forms of the one-stop process, with the form number each circular gives them (docs/domain.md §4).
 * Circular 01/2018 has no stop notice: under it the notice is printed without a form number.
 */
public enum FormKind {
    RECEIPT("01", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    SUPPLEMENT_REQUEST("02", "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    REFUSAL("03", "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    APOLOGY("04", "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    STOP_NOTICE(null, "05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    CONTROL_SLIP("05", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    TRACKING_BOOK("06", "07", "SỔ THEO DÕI HỒ SƠ");

    private final String number2018;
    private final String number2025;
    private final String title;

    FormKind(String number2018, String number2025, String title) {
        this.number2018 = number2018;
        this.number2025 = number2025;
        this.title = title;
    }

    /** The form number ("Mẫu số 01") under a circular; empty where that circular prescribes no such form. */
    public Optional<String> number(Circular circular) {
        return Optional.ofNullable(circular == Circular.TT01_2018 ? number2018 : number2025);
    }

    public String title() {
        return title;
    }

    /** The kind's name in URLs: {@code control-slip}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FormKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path().equals(path)).findFirst();
    }

    /** The template file under {@code classpath:forms/}. */
    String template() {
        return path();
    }
}
