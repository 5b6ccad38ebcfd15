package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.motcua.catalog.ImportProblemCode.AGENCY_CYCLE;
import static org.motcua.catalog.ImportProblemCode.BAD_ENUM;
import static org.motcua.catalog.ImportProblemCode.BAD_FORMAT;
import static org.motcua.catalog.ImportProblemCode.BAD_NUMBER;
import static org.motcua.catalog.ImportProblemCode.DUPLICATE_CODE;
import static org.motcua.catalog.ImportProblemCode.MISSING_VALUE;
import static org.motcua.catalog.ImportProblemCode.NEGATIVE_AMOUNT;
import static org.motcua.catalog.ImportProblemCode.UNKNOWN_COLUMN;
import static org.motcua.catalog.ImportProblemCode.UNKNOWN_REFERENCE;
import static org.motcua.catalog.ImportProblemCode.WORKFLOW_BUDGET_MISMATCH;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A copy of the demo workbook broken the way officers break spreadsheets reports every mistake. */
class BrokenCatalogTests {

    private static final String LLTP = "LLTP.000.00.42.H41";
    private static final String GPLX = "GPLX-DOI.000.00.12.H41";
    private static final String POWER = "1.013401.000.00.10.H41";
    private static final String WORK_PERMIT = "1.014199.000.00.30.H41";
    private static final String SCIENCE_ORG = "1.014390.000.00.25.H41";
    private static final String SCIENCE_BRANCH = "1.014391.000.00.25.H41";

    @Test
    void brokenCopyReportsEveryProblemWithSheetRowAndColumn() throws Exception {
        byte[] broken;
        Tuple[] expected;
        try (WorkbookEditor excel = new WorkbookEditor(CatalogWorkbook.write(DemoCatalogFixtures.readCsvSources()))) {
            int badUnit = excel.set("ThuTuc", "Đơn vị thời hạn", "NGAY_LAM_VIEC", LLTP);
            int negativeFee = excel.set("PhiLePhi", "Mức thu (đồng)", -135000, GPLX);
            int textFee = excel.set("PhiLePhi", "Mức thu (đồng)", "200.000đ", LLTP);
            // the consular office gets the code of the business registration office
            int duplicate = excel.set("CoQuan", "Mã cơ quan", "000.01.15.H41", "000.01.16.H41");
            int unknownAgency = excel.set("ThuTuc", "Mã cơ quan giải quyết", "000.00.99.H41", POWER);
            // the province's People's Committee is put under a sub-unit of one of its own departments
            int cycleTop = excel.set("CoQuan", "Mã cơ quan cấp trên", "000.01.10.H41", "000.00.00.H41");
            int cycleDepartment = excel.rowOf("CoQuan", "000.00.10.H41");
            int cycleSubUnit = excel.rowOf("CoQuan", "000.01.10.H41");
            excel.set("QuyTrinh", "Thời gian (ngày làm việc)", 8, SCIENCE_ORG, "2");
            int firstStep = excel.rowOf("QuyTrinh", SCIENCE_ORG, "1");
            int stepWithoutUnit = excel.set("QuyTrinh", "Mã đơn vị thực hiện", null, SCIENCE_BRANCH, "3");
            int badNationalCode = excel.set("ThuTuc", "Mã TTHC quốc gia", "1.14199", WORK_PERMIT);
            int badChannelTime = excel.set("ThuTuc", "Thời hạn theo kênh", "COUNTER=3 WORKING_DAYS; POSTAL 5", POWER);
            // the time limit is deleted: the procedure would be published without one
            int noTime = excel.set("ThuTuc", "Thời hạn giải quyết", null, GPLX);
            excel.set("ThuTuc", "Đơn vị thời hạn", null, GPLX);
            broken = excel.bytes();
            expected = new Tuple[] {
                tuple("ThuTuc", badUnit, "Đơn vị thời hạn", BAD_ENUM),
                tuple("PhiLePhi", negativeFee, "Mức thu (đồng)", NEGATIVE_AMOUNT),
                tuple("PhiLePhi", textFee, "Mức thu (đồng)", BAD_NUMBER),
                tuple("CoQuan", duplicate, "Mã cơ quan", DUPLICATE_CODE),
                tuple("ThuTuc", unknownAgency, "Mã cơ quan giải quyết", UNKNOWN_REFERENCE),
                tuple("CoQuan", cycleTop, "Mã cơ quan cấp trên", AGENCY_CYCLE),
                tuple("CoQuan", cycleDepartment, "Mã cơ quan cấp trên", AGENCY_CYCLE),
                tuple("CoQuan", cycleSubUnit, "Mã cơ quan cấp trên", AGENCY_CYCLE),
                tuple("QuyTrinh", firstStep, "Thời gian (ngày làm việc)", WORKFLOW_BUDGET_MISMATCH),
                tuple("QuyTrinh", stepWithoutUnit, "Mã đơn vị thực hiện", MISSING_VALUE),
                tuple("ThuTuc", badNationalCode, "Mã TTHC quốc gia", BAD_FORMAT),
                tuple("ThuTuc", badChannelTime, "Thời hạn theo kênh", BAD_FORMAT),
                tuple("ThuTuc", noTime, "Thời hạn giải quyết", MISSING_VALUE)
            };
        }

        CatalogImport result = DemoCatalogFixtures.readWorkbook(broken);

        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactlyInAnyOrder(expected);
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.messageVi()).isNotBlank();
            assertThat(p.messageEn()).isNotBlank();
        });
    }

    @Test
    void budgetMismatchNamesTheSumAndTheLegalTime() throws Exception {
        byte[] broken;
        try (WorkbookEditor excel = new WorkbookEditor(CatalogWorkbook.write(DemoCatalogFixtures.readCsvSources()))) {
            excel.set("QuyTrinh", "Thời gian (ngày làm việc)", 4.25, LLTP, "2");
            broken = excel.bytes();
        }

        CatalogImport result = DemoCatalogFixtures.readWorkbook(broken);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(WORKFLOW_BUDGET_MISMATCH);
            assertThat(p.messageVi()).contains(LLTP, "6.25", "phải bằng 6", "10 CALENDAR_DAYS");
            assertThat(p.messageEn()).contains("add up to 6.25 working days, expected 6");
        });
    }

    @Test
    void unknownColumnIsReportedOnTheHeaderRow() throws Exception {
        byte[] broken;
        try (WorkbookEditor excel = new WorkbookEditor(CatalogWorkbook.write(DemoCatalogFixtures.readCsvSources()))) {
            excel.addHeader("GiayTo", "Ghi chú thêm");
            broken = excel.bytes();
        }

        assertThat(DemoCatalogFixtures.readWorkbook(broken).problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple("GiayTo", 1, "Ghi chú thêm", UNKNOWN_COLUMN));
    }
}
