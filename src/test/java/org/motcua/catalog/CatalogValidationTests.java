package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single rules, on small hand-written CSV sets. */
class CatalogValidationTests {

    private static final String AGENCIES = """
            Mã cơ quan,Mã cơ quan cấp trên,Tên cơ quan,Cấp,Loại cơ quan
            000.00.00.H41,,Ủy ban nhân dân tỉnh,PROVINCE,PEOPLES_COMMITTEE
            000.00.01.H41,000.00.00.H41,Trung tâm Phục vụ hành chính công tỉnh,PROVINCE,SERVICE_CENTER
            000.00.21.H41,000.00.00.H41,Sở Tư pháp,PROVINCE,DEPARTMENT
            """;
    private static final String FIELDS = """
            Mã lĩnh vực,Tên lĩnh vực
            chung-thuc,Chứng thực
            """;
    private static final String PROCEDURE_HEADER =
            "Mã thủ tục,Mã TTHC quốc gia,Tên thủ tục,Mã lĩnh vực,Cấp thực hiện,Mã cơ quan giải quyết,Nơi tiếp nhận,"
                    + "Kênh nộp hồ sơ,Mức độ trực tuyến,Thời hạn giải quyết,Đơn vị thời hạn,Giờ nhận muộn nhất trong ngày,"
                    + "Đối tượng thực hiện\n";
    private static final String STEP_HEADER =
            "Mã thủ tục,Bước,Tên bước,Mã đơn vị thực hiện,Vai trò,Thời gian (ngày làm việc),Bước tiếp theo,Bước được trả về\n";

    @Test
    void validSmallCatalogHasNoProblemsAndReadsEveryValue() throws Exception {
        CatalogImport result = read(
                PROCEDURE_HEADER + "T1,2.000815,Chứng thực bản sao,chung-thuc,PROVINCE,000.00.21.H41,ALL,"
                        + "COUNTER; ONLINE,MOT_PHAN,0,SAME_DAY,15:00,CITIZEN\n",
                STEP_HEADER + "T1,1,Tiếp nhận,000.00.01.H41,RECEPTION_OFFICER,0,,\n"
                        + "T1,2,Chứng thực,000.00.21.H41,SPECIALIST,0,,1\n");

        assertThat(result.problems()).isEmpty();
        ProcedureRow procedure = result.procedures().getFirst();
        assertThat(procedure.receivedAtAllCenters()).isTrue();
        assertThat(procedure.channels()).containsExactlyInAnyOrder(Channel.COUNTER, Channel.ONLINE);
        assertThat(procedure.sameDayCutOff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(result.workflowSteps().get(1).backSteps()).containsExactly(1);
    }

    @Test
    void everyBadCellOfARowIsReportedNotOnlyTheFirst() throws Exception {
        CatalogImport result = read(
                PROCEDURE_HEADER + "T1,1-001,,chung-thuc,TINH,000.00.21.H41,ALL,QUAY,,ba,WORKING_DAYS,,CITIZEN\n",
                STEP_HEADER);

        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(2, "Mã TTHC quốc gia", ImportProblemCode.BAD_FORMAT),
                        tuple(2, "Tên thủ tục", ImportProblemCode.MISSING_VALUE),
                        tuple(2, "Cấp thực hiện", ImportProblemCode.BAD_ENUM),
                        tuple(2, "Kênh nộp hồ sơ", ImportProblemCode.BAD_ENUM),
                        tuple(2, "Thời hạn giải quyết", ImportProblemCode.BAD_NUMBER));
    }

    @Test
    void onlineLevelWithoutOnlineChannelAndCutOffOnTimedProcedureAreInconsistent() throws Exception {
        CatalogImport result = read(
                PROCEDURE_HEADER + "T1,,Thủ tục A,chung-thuc,PROVINCE,000.00.21.H41,000.00.01.H41,COUNTER,TOAN_TRINH,"
                        + "3,WORKING_DAYS,15:00,CITIZEN\n",
                STEP_HEADER);

        assertThat(result.problems())
                .extracting(ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("Mức độ trực tuyến", ImportProblemCode.INCONSISTENT_VALUE),
                        tuple("Giờ nhận muộn nhất trong ngày", ImportProblemCode.INCONSISTENT_VALUE));
    }

    @Test
    void everyOfferedChannelNeedsATimeLimitOfItsOwnOrTheDefault() throws Exception {
        String header = PROCEDURE_HEADER.replace("Đơn vị thời hạn,", "Đơn vị thời hạn,Thời hạn theo kênh,");
        String row = ",,Thủ tục,chung-thuc,PROVINCE,000.00.21.H41,ALL,";
        CatalogImport result = read(
                header
                        + "T1" + row + "COUNTER; POSTAL,,,,,,CITIZEN\n"
                        + "T2" + row + "COUNTER; ONLINE,MOT_PHAN,,,ONLINE=3 WORKING_DAYS,,CITIZEN\n"
                        + "T3" + row
                        + "COUNTER; ONLINE,MOT_PHAN,,,COUNTER=5 WORKING_DAYS; ONLINE=3 WORKING_DAYS,,CITIZEN\n"
                        + "T4" + row + "COUNTER,,ba,WORKING_DAYS,,,CITIZEN\n"
                        + "T5" + row + "COUNTER; ONLINE,MOT_PHAN,,,ONLINE 3,,CITIZEN\n",
                STEP_HEADER);

        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(2, "Thời hạn giải quyết", ImportProblemCode.MISSING_VALUE),
                        tuple(3, "Thời hạn giải quyết", ImportProblemCode.MISSING_VALUE),
                        // a wrong time cell is the cause; the missing time would only echo it
                        tuple(5, "Thời hạn giải quyết", ImportProblemCode.BAD_NUMBER),
                        tuple(6, "Thời hạn theo kênh", ImportProblemCode.BAD_FORMAT));
        assertThat(result.problems().get(0).messageVi()).contains("kênh COUNTER, POSTAL");
        assertThat(result.problems().get(0).messageEn()).contains("No time limit for COUNTER, POSTAL");
        assertThat(result.problems().get(1).messageVi())
                .contains("kênh COUNTER:")
                .doesNotContain("ONLINE");
    }

    @Test
    void duplicateNationalCodeForTheSameAgencyIsReported() throws Exception {
        String row =
                ",2.000815,Chứng thực bản sao,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,0,SAME_DAY,,CITIZEN\n";
        CatalogImport result = read(PROCEDURE_HEADER + "T1" + row + "T2" + row, STEP_HEADER);

        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3, "Mã TTHC quốc gia", ImportProblemCode.DUPLICATE_CODE));
    }

    @Test
    void stepsMustHaveBudgetsWhenTheProcedureHasATimeLimitAndLinkToExistingSteps() throws Exception {
        CatalogImport result = read(
                PROCEDURE_HEADER
                        + "T1,,Thủ tục A,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,2,WORKING_DAYS,,CITIZEN\n"
                        + "T2,,Thủ tục B,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,,,,CITIZEN\n",
                STEP_HEADER + "T1,1,Tiếp nhận,000.00.01.H41,RECEPTION_OFFICER,,,\n"
                        + "T1,2,Thẩm định,000.00.21.H41,SPECIALIST,2,7,1\n"
                        + "T2,1,Tiếp nhận,000.00.01.H41,RECEPTION_OFFICER,,,\n"
                        + "T9,1,Tiếp nhận,000.00.01.H41,RECEPTION_OFFICER,-1,,\n");

        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        // T2 has no time at all: its blank budgets are fine, its channel is not
                        tuple("ThuTuc", 3, "Thời hạn giải quyết", ImportProblemCode.MISSING_VALUE),
                        tuple("QuyTrinh", 2, "Thời gian (ngày làm việc)", ImportProblemCode.MISSING_VALUE),
                        tuple("QuyTrinh", 3, "Bước tiếp theo", ImportProblemCode.UNKNOWN_REFERENCE),
                        tuple("QuyTrinh", 5, "Mã thủ tục", ImportProblemCode.UNKNOWN_REFERENCE),
                        tuple("QuyTrinh", 5, "Thời gian (ngày làm việc)", ImportProblemCode.NEGATIVE_AMOUNT));
    }

    @Test
    void feeKindsNeedTheirAmountsUnitsOrTiers() throws Exception {
        Map<String, String> files = base(PROCEDURE_HEADER
                + "T1,,Thủ tục A,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,3,WORKING_DAYS,,CITIZEN\n");
        files.put("PhiLePhi", """
                Mã thủ tục,Tên phí, lệ phí,Loại mức thu,Mức thu (đồng),Đơn vị tính,Biểu mức thu
                T1,Phí A,FIXED,,,
                T1,Phí B,PER_UNIT,2.000,,
                T1,Phí C,TIERED,,đồng/hồ sơ,
                T1,Phí D,TIERED,,đồng/hồ sơ,Loại A = 500.000; Loại B
                T1,Phí E,FIXED,1.500.000,đồng/hồ sơ,Loại A = 1
                """.replace("Tên phí, lệ phí", "\"Tên phí, lệ phí\""));

        CatalogImport result = read(files);

        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple(2, "Mức thu (đồng)", ImportProblemCode.MISSING_VALUE),
                        tuple(3, "Đơn vị tính", ImportProblemCode.MISSING_VALUE),
                        tuple(4, "Biểu mức thu", ImportProblemCode.MISSING_VALUE),
                        tuple(5, "Biểu mức thu", ImportProblemCode.BAD_FORMAT),
                        tuple(6, "Biểu mức thu", ImportProblemCode.INCONSISTENT_VALUE));
        assertThat(result.fees().get(1).amountVnd()).isEqualTo(2_000L);
        assertThat(result.fees().get(3).tiers()).containsExactly(new FeeTier("Loại A", 500_000));
    }

    @Test
    void unknownSheetAndMissingMandatoryColumnAreReportedOnceNotPerRow() throws Exception {
        Map<String, String> files = base(PROCEDURE_HEADER.replace("Tên thủ tục,", "")
                + "T1,,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,3,WORKING_DAYS,,CITIZEN\n"
                + "T2,,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,3,WORKING_DAYS,,CITIZEN\n");
        files.put("HuongDan", "Ghi chú\nĐiền từ dòng 2\n");

        assertThat(read(files).problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("ThuTuc", 1, "Tên thủ tục", ImportProblemCode.MISSING_COLUMN),
                        tuple("HuongDan", 0, null, ImportProblemCode.UNKNOWN_SHEET));
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneProblemNotAnException() throws Exception {
        CatalogImport result = CatalogWorkbook.read(new ByteArrayInputStream("not a workbook".getBytes()));

        assertThat(result.problems())
                .singleElement()
                .extracting(ImportProblem::code)
                .isEqualTo(ImportProblemCode.UNREADABLE_FILE);
    }

    @Test
    void vietnameseNumberFormsAreAccepted() throws Exception {
        CatalogImport result = read(
                PROCEDURE_HEADER
                        + "T1,,Thủ tục A,chung-thuc,PROVINCE,000.00.21.H41,ALL,COUNTER,,\"1,5\",WORKING_DAYS,,CITIZEN\n",
                STEP_HEADER + "T1,1,Tiếp nhận,000.00.01.H41,RECEPTION_OFFICER,\"0,5\",,\n"
                        + "T1,2,Thẩm định,000.00.21.H41,SPECIALIST,1,,\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.procedures().getFirst().processingTime().amount())
                .isEqualByComparingTo(new BigDecimal("1.5"));
    }

    private static Map<String, String> base(String procedures) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("CoQuan", AGENCIES);
        files.put("LinhVuc", FIELDS);
        files.put("ThuTuc", procedures);
        return files;
    }

    private static CatalogImport read(String procedures, String steps) throws Exception {
        Map<String, String> files = base(procedures);
        files.put("QuyTrinh", steps);
        return read(files);
    }

    private static CatalogImport read(Map<String, String> files) throws Exception {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        files.forEach(
                (name, text) -> streams.put(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return CatalogWorkbook.readCsv(streams);
    }
}
