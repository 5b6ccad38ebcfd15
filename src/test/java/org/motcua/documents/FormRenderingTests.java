package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.motcua.shared.DomainException;

class FormRenderingTests {

    @TempDir
    Path storage;

    Forms forms;

    @BeforeEach
    void setUp() {
        forms = FormFixtures.forms(storage);
    }

    /** Fails naming only the values a form does not print (a whole form's text would drown the report). */
    static void assertPrints(String text, String... values) {
        assertThat(java.util.Arrays.stream(values)
                        .filter(v -> !text.contains(v))
                        .toList())
                .as("values missing from the printed form")
                .isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        return PdfReading.text(pdf);
    }

    /** Keeps the rendered forms for looking at them (pdftoppm -png -r 60 target/forms/…). */
    private byte[] render(DossierForm form) throws IOException {
        byte[] pdf = forms.render(form);
        Files.createDirectories(Path.of("target/forms"));
        Files.write(Path.of("target/forms/" + form.kind().path() + "-" + form.circular() + ".pdf"), pdf);
        return pdf;
    }

    @ParameterizedTest
    @EnumSource(value = FormKind.class, names = "TRACKING_BOOK", mode = EnumSource.Mode.EXCLUDE)
    void everyDossierFormCarriesTheHeaderTheCodeAndAQrCodeOfTheTrackingPage(FormKind kind) throws Exception {
        byte[] pdf = render(FormFixtures.form(kind, Circular.TT03_2025));

        assertPrints(
                text(pdf),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "UBND TỈNH HỒNG LAM",
                "TRUNG TÂM PHỤC VỤ HÀNH", // the unit name wraps beside the motto
                kind.title(),
                "Mẫu số " + kind.number(Circular.TT03_2025).orElseThrow(),
                FormFixtures.CODE,
                "Nguyễn Thị Hoà",
                "Cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(PdfReading.qrOnFirstPage(pdf)).isEqualTo(FormFixtures.BASE_URL + "/tra-cuu/" + FormFixtures.CODE);
    }

    @Test
    void receiptPrintsEveryFieldOfTheOfficialTemplate() throws IOException {
        String text = text(render(FormFixtures.form(FormKind.RECEIPT, Circular.TT03_2025)));

        assertPrints(
                text,
                "Hồng Lam, ngày 05 tháng 3 năm 2026",
                "001190012345",
                "Số 12 đường Lê Lợi, phường Đông Thành, tỉnh Hồng Lam",
                "0912345678",
                "hoa.nguyen@example.vn",
                "Đơn đề nghị cấp giấy phép xây dựng",
                "Giấy chứng nhận quyền sử dụng đất",
                "Bản chính",
                "Bản sao chứng thực",
                "Số lượng hồ sơ: 1 (bộ)",
                "theo quy định là: 15 ngày làm việc",
                "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 05 tháng 3 năm 2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 30 phút, ngày 12 tháng 3 năm 2026",
                "Trung tâm Phục vụ hành chính công tỉnh, quầy số 3",
                "Lệ phí cấp giấy phép xây dựng: 1.250.000 đồng",
                "Quyển số 2026, số thứ tự 0007",
                "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Trần Văn Bình",
                "0239 3 888 888");
    }

    @Test
    void supplementRequestListsWhatIsMissingAndWhoGuides() throws IOException {
        String text = text(render(FormFixtures.form(FormKind.SUPPLEMENT_REQUEST, Circular.TT03_2025)));

        assertPrints(
                text,
                "Bản vẽ thiết kế thiếu mặt cắt; bổ sung bản vẽ mặt cắt công trình.",
                "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 05 tháng 3 năm 2026",
                "NGƯỜI HƯỚNG DẪN",
                "Trần Văn Bình",
                "Hồng Lam, ngày 10 tháng 3 năm 2026");
    }

    @Test
    void refusalStatesTheReasons() throws IOException {
        assertPrints(
                text(render(FormFixtures.form(FormKind.REFUSAL, Circular.TT03_2025))),
                "Thủ tục không thuộc thẩm quyền giải quyết của tỉnh.",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Trần Văn Bình");
    }

    @Test
    void apologyCarriesTheOldAndNewDatesTheReasonAndTheHeadOfTheAgency() throws IOException {
        assertPrints(
                text(render(FormFixtures.form(FormKind.APOLOGY, Circular.TT03_2025))),
                "09 giờ 30 phút, ngày 12 tháng 3 năm 2026",
                "16 giờ 00 phút, ngày 19 tháng 3 năm 2026",
                "Cần lấy ý kiến Sở Xây dựng về chỉ giới xây dựng.",
                "GIÁM ĐỐC",
                "Lê Minh Châu",
                "05/03/2026 09:30");
    }

    @Test
    void stopNoticeStatesTheReasonAndTheSigner() throws IOException {
        assertPrints(
                text(render(FormFixtures.form(FormKind.STOP_NOTICE, Circular.TT03_2025))),
                "Ông/Bà có đơn xin rút hồ sơ.",
                "14 giờ 05 phút, ngày 10 tháng 3 năm 2026",
                "GIÁM ĐỐC",
                "Lê Minh Châu");
    }

    @Test
    void controlSlipHasOneRowPerHandOverWithItsVerdict() throws IOException {
        assertPrints(
                text(render(FormFixtures.form(FormKind.CONTROL_SLIP, Circular.TT03_2025))),
                "1. Giao:",
                "Trần Văn Bình",
                "Nhận: Phòng Quản lý xây dựng – Phạm Thu Dung",
                "05/03/2026 10:00",
                "Hạn: 05/03/2026 17:00",
                "Đúng hạn",
                "2. Giao: Phòng Quản lý xây dựng",
                "Nhận: Lãnh đạo Sở Xây dựng – Lê Minh Châu",
                "13/03/2026 08:00",
                "Hạn: 11/03/2026 17:00",
                "Quá hạn",
                "Chờ liên thông");
    }

    @Test
    void formNumbersFollowTheDossiersCircular() throws IOException {
        assertPrints(text(render(FormFixtures.form(FormKind.CONTROL_SLIP, Circular.TT01_2018))), "Mẫu số 05");
        assertPrints(text(render(FormFixtures.form(FormKind.CONTROL_SLIP, Circular.TT03_2025))), "Mẫu số 06");
        assertThat(text(render(FormFixtures.form(FormKind.STOP_NOTICE, Circular.TT01_2018))))
                .doesNotContain("Mẫu số");
    }

    @Test
    void decomposedVietnamesePrintsAsComposedLetters() throws IOException {
        DossierForm form = FormFixtures.form(FormKind.REFUSAL, Circular.TT03_2025);
        String decomposed = Normalizer.normalize("Hồ sơ thiếu chữ ký của người đề nghị", Normalizer.Form.NFD);
        DossierForm withDecomposed = new DossierForm(
                form.kind(),
                form.circular(),
                form.issuer(),
                form.code(),
                form.applicant(),
                form.procedureName(),
                form.papers(),
                form.sets(),
                form.processingTime(),
                form.receivedAt(),
                form.returnAt(),
                form.returnPlace(),
                form.fees(),
                form.bookEntry(),
                form.issuedAt(),
                form.officerName(),
                form.signer(),
                decomposed,
                form.previousReturnAt(),
                form.handOvers());

        assertThat(decomposed).isNotEqualTo("Hồ sơ thiếu chữ ký của người đề nghị");
        assertPrints(text(forms.render(withDecomposed)), "Hồ sơ thiếu chữ ký của người đề nghị");
    }

    @Test
    void anIssuedFormIsStoredUnderTheHashOfItsBytes() throws IOException {
        Forms.IssuedForm issued = forms.issue(FormFixtures.form(FormKind.RECEIPT, Circular.TT01_2018));
        FileStore store = new FileStore(new LocalFileStorage(storage));

        assertThat(issued.number()).isEqualTo("01");
        try (var in = store.open(issued.sha256()).orElseThrow()) {
            byte[] stored = in.readAllBytes();
            assertThat(stored).hasSize((int) issued.size());
            assertPrints(text(stored), FormFixtures.CODE);
        }
    }

    @Test
    void theTrackingBookIsNotADossierForm() {
        assertThatThrownBy(() -> forms.render(FormFixtures.form(FormKind.TRACKING_BOOK, Circular.TT03_2025)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aThousandRowTrackingBookRunsOverManyLandscapePagesAndExportsToExcel() throws IOException {
        TrackingBook book = book(1000);

        byte[] pdf = forms.render(book);
        Files.createDirectories(Path.of("target/forms"));
        Files.write(Path.of("target/forms/tracking-book.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        String text = text(pdf);
        assertPrints(text, "Mẫu số 07", "SỔ THEO DÕI HỒ SƠ", "260301-1000", "Trang 1/");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(forms.workbook(book)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 1000);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("000.00.01.H41-260301-0001");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("01/03/2026 08:01");
        }
    }

    static TrackingBook book(int size) {
        List<TrackingBook.Row> rows = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 3, 1, 8, 0);
        for (int i = 1; i <= size; i++) {
            LocalDateTime received = start.plusMinutes(i);
            rows.add(new TrackingBook.Row(
                    i,
                    "000.00.01.H41-260301-%04d".formatted(i),
                    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                    1,
                    "Nguyễn Văn An " + i,
                    "Số " + i + " Lê Lợi, Hồng Lam; 0912345678",
                    "Sở Xây dựng",
                    received,
                    received.plusDays(15),
                    received.plusHours(2),
                    i % 2 == 0 ? received.plusDays(10) : null,
                    i % 4 == 0 ? received.plusDays(11) : null,
                    null));
        }
        return new TrackingBook(
                Circular.TT03_2025,
                FormFixtures.ISSUER,
                "Trung tâm Phục vụ hành chính công tỉnh",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                LocalDateTime.of(2026, 4, 1, 8, 0),
                rows);
    }
}
