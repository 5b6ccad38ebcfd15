package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCatalogTests {

    private static final CatalogImport DEMO = DemoCatalogFixtures.readWorkbook(DemoCatalogFixtures.shippedWorkbook());

    @Test
    void shippedWorkbookParsesWithoutProblems() {
        assertThat(DEMO.problems()).isEmpty();
    }

    @Test
    void shippedWorkbookHoldsAtLeastSixtyDistinctProcedures() {
        Set<String> distinct = DEMO.procedures().stream()
                .map(p -> p.nationalCode() != null ? p.nationalCode() : p.name())
                .collect(Collectors.toSet());
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void shippedWorkbookSaysExactlyWhatTheCsvSourcesSay() {
        assertThat(DEMO).isEqualTo(DemoCatalogFixtures.readCsvSources());
    }

    @Test
    void csvSourcesAreInTheCanonicalFormTheWriterProduces() {
        Map<String, byte[]> sources = DemoCatalogFixtures.csvSources();
        Map<String, byte[]> rewritten = CatalogWorkbook.writeCsv(DemoCatalogFixtures.readCsvSources());
        assertThat(rewritten.keySet()).containsExactlyElementsOf(sources.keySet());
        rewritten.forEach((file, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .as(file)
                .isEqualTo(new String(sources.get(file), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void citizenFindsTheCriminalRecordCertificateWithDocumentsFeesAndSteps() {
        ProcedureRow lltp = DEMO.procedures().stream()
                .filter(p -> p.name().startsWith("Cấp Phiếu lý lịch tư pháp"))
                .findFirst()
                .orElseThrow();
        assertThat(lltp.name())
                .isEqualTo(
                        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam");
        assertThat(agency(lltp.competentAgencyCode()).name()).isEqualTo("Công an tỉnh Hồng Lam");
        assertThat(lltp.processingTime())
                .isEqualTo(new ProcessingTime(BigDecimal.TEN, ProcessingTimeUnit.CALENDAR_DAYS));
        assertThat(documentsOf(lltp)).hasSize(3);
        assertThat(DEMO.fees())
                .filteredOn(f -> f.procedureCode().equals(lltp.code()))
                .singleElement()
                .extracting(FeeRow::amountVnd)
                .isEqualTo(200_000L);
        assertThat(stepsOf(lltp))
                .extracting(WorkflowStepRow::role)
                .containsExactly(
                        StepRole.RECEPTION_OFFICER,
                        StepRole.SPECIALIST,
                        StepRole.UNIT_LEADER,
                        StepRole.AGENCY_LEADER,
                        StepRole.RECEPTION_OFFICER);
    }

    @Test
    void provinceHasTheRequiredAgencies() {
        List<String> names = DEMO.agencies().stream().map(AgencyRow::name).toList();
        for (String department : List.of(
                "Công Thương",
                "Giáo dục và Đào tạo",
                "Giao thông vận tải",
                "Lao động – Thương binh và Xã hội",
                "Nông nghiệp và Phát triển nông thôn",
                "Kế hoạch và Đầu tư",
                "Ngoại vụ",
                "Nội vụ",
                "Tài chính",
                "Tài nguyên và Môi trường",
                "Thông tin và Truyền thông",
                "Tư pháp",
                "Văn hóa, Thể thao và Du lịch",
                "Xây dựng",
                "Y tế",
                "Khoa học và Công nghệ")) {
            assertThat(names).as(department).contains("Sở " + department + " tỉnh Hồng Lam");
        }
        assertThat(names)
                .contains(
                        "Ban Quản lý các khu công nghiệp tỉnh Hồng Lam",
                        "Ban Quản lý Khu kinh tế Đông Hồng Lam",
                        "Thuế tỉnh Hồng Lam",
                        "Bảo hiểm xã hội tỉnh Hồng Lam",
                        "Công an tỉnh Hồng Lam",
                        "Trung tâm Phục vụ hành chính công tỉnh Hồng Lam");
        List<AgencyRow> communes = DEMO.agencies().stream()
                .filter(a -> a.level() == AdministrativeLevel.COMMUNE && a.type() == AgencyType.PEOPLES_COMMITTEE)
                .toList();
        assertThat(communes)
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(commune -> assertThat(DEMO.agencies())
                        .anyMatch(a -> a.type() == AgencyType.COMMUNE_CENTER
                                && commune.code().equals(a.parentCode())));
    }

    @Test
    void everyDepartmentHasOneToThreeSubUnits() {
        DEMO.agencies().stream()
                .filter(a -> a.type() == AgencyType.DEPARTMENT)
                .forEach(department -> assertThat(DEMO.agencies().stream()
                                .filter(a -> department.code().equals(a.parentCode())))
                        .as(department.name())
                        .hasSizeBetween(1, 3));
    }

    @Test
    void everyProcedureHasAWorkflowAndTimedOnesSpendExactlyTheirLegalTime() {
        for (ProcedureRow procedure : DEMO.procedures()) {
            List<WorkflowStepRow> steps = stepsOf(procedure);
            assertThat(steps).as(procedure.code()).isNotEmpty();
            if (procedure.processingTime() != null) {
                BigDecimal sum =
                        steps.stream().map(WorkflowStepRow::budgetDays).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum)
                        .as(procedure.code())
                        .isEqualByComparingTo(procedure.processingTime().workflowBudgetDays());
            }
        }
    }

    @Test
    void everyChannelOfEveryProcedureHasATimeLimit() {
        // the demo publishes every row: a channel without a time could not be given a return date
        assertThat(DEMO.procedures())
                .allSatisfy(p -> assertThat(p.channels())
                        .as(p.code())
                        .allSatisfy(c -> assertThat(p.channelTimes().getOrDefault(c, p.processingTime()))
                                .isNotNull()));
    }

    @Test
    void liênThôngProceduresNameTheirPartnersAndGiveThemSteps() {
        List<ProcedureRow> lienThong = DEMO.procedures().stream()
                .filter(p -> !p.lienThongPartnerCodes().isEmpty())
                .toList();
        assertThat(lienThong.stream().map(ProcedureRow::nationalCode).distinct())
                .containsExactlyInAnyOrder("2.000986", "2.001199", "2.002043");
        lienThong.forEach(p -> assertThat(stepsOf(p).stream().map(WorkflowStepRow::responsibleAgencyCode))
                .as(p.code())
                .containsAll(p.lienThongPartnerCodes()));
    }

    @Test
    void simpleCertificationsAreFourOnSiteEligible() {
        assertThat(DEMO.procedures().stream()
                        .filter(ProcedureRow::fourOnSiteEligible)
                        .map(ProcedureRow::nationalCode))
                .isNotEmpty()
                .allMatch(code -> Set.of("2.000815", "2.000884", "2.000992", "2.001008", "2.000942")
                        .contains(code));
    }

    private static AgencyRow agency(String code) {
        return DEMO.agencies().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<RequiredDocumentRow> documentsOf(ProcedureRow procedure) {
        return DEMO.documents().stream()
                .filter(d -> d.procedureCode().equals(procedure.code()))
                .toList();
    }

    private static List<WorkflowStepRow> stepsOf(ProcedureRow procedure) {
        return DEMO.workflowSteps().stream()
                .filter(s -> s.procedureCode().equals(procedure.code()))
                .toList();
    }
}
