package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Users;
import org.motcua.shared.Vietnam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The demo province loaded by the demo loader, searched and versioned through the facades. */
@SpringBootTest(properties = "motcua.demo=true")
@RecordApplicationEvents
class CatalogIntegrationTests {

    static final String LLTP = "LLTP.000.00.42.H41";

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration administration;

    @Autowired
    Users users;

    @Autowired
    ApplicationEvents events;

    List<String> names(String text) {
        return catalog.search(new ProcedureQuery(text, null, null, null, null, 0, 5)).items().stream()
                .map(ProcedureSummary::name)
                .toList();
    }

    @Test
    void findsTheCriminalRecordCertificateFirstWithoutDiacritics() {
        assertThat(names("ly lich tu phap")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
    }

    @Test
    void findsItWithDiacriticsAndWithATypo() {
        assertThat(names("cấp phiếu lý lịch tư pháp")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
        assertThat(names("ly lick tu phap")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
        assertThat(names("LÝ LỊCH TƯ PHÁP")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
    }

    @Test
    void findsBuildingPermitsWithoutDiacritics() {
        // one per commune: the four communes' building permits come before other permits
        assertThat(names("cap giay phep xay dung").subList(0, 4))
                .allSatisfy(name -> assertThat(name).startsWith("Cấp giấy phép xây dựng"));
    }

    @Test
    void correctsTypedWordsOnlyWhenNoNameHasThemAll() {
        // "phat" (phạt) is a word of the catalog, yet no name has "ly lich tu phat": the corrected query finds it
        assertThat(names("ly lich tu phat")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
        // a word like none of the catalog's is left out; nothing at all is found for such words alone
        assertThat(names("ly lich tu phap qzxw")).first().asString().startsWith("Cấp Phiếu lý lịch tư pháp");
        assertThat(names("qzxw")).isEmpty();
        assertThat(names("!!")).isEmpty();
    }

    @Test
    void commonWordsRankThePhraseAndTheGeneralProcedureFirst() {
        ProcedureSearchResult result = catalog.search(new ProcedureQuery("chung thuc", null, null, null, null, 0, 5));
        assertThat(result.total()).isGreaterThan(30);
        // one mention, shortest name: before names that repeat the words or where they are far apart
        assertThat(result.items()).first().extracting(ProcedureSummary::name).isEqualTo("Chứng thực di chúc");
        assertThat(names("dat dai")).allSatisfy(name -> assertThat(name).containsIgnoringCase("đất đai"));
    }

    @Test
    void aPagePastTheEndStillCountsTheHits() {
        long total = catalog.search(new ProcedureQuery("chung thuc", null, null, null, null, 0, 5))
                .total();
        ProcedureSearchResult past = catalog.search(new ProcedureQuery("chung thuc", null, null, null, null, 1000, 5));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(total);
    }

    @Test
    void publishingAddsTheNewWordsOfTheNameToTheTypoCorrection() {
        ProcedureView procedure =
                catalog.procedureByCode("2.000913.000.00.50.H41").orElseThrow();
        String name = "Chứng thực hợp đồng thế chấp tài sản";
        administration.saveDraft(procedure.id(), withName(ProcedureDraft.of(procedure), name));
        assertThat(names("hop dong the chapp")).doesNotContain(name); // a draft is not searched

        administration.publish(procedure.id(), LocalDate.now(Vietnam.ZONE));

        assertThat(names("hop dong the chapp")).first().isEqualTo(name);
    }

    private static ProcedureDraft withName(ProcedureDraft d, String name) {
        return new ProcedureDraft(
                d.nationalCode(),
                name,
                d.fieldCode(),
                d.level(),
                d.competentAgencyId(),
                d.receivingCenterIds(),
                d.channels(),
                d.onlineLevel(),
                d.processingTime(),
                d.channelTimes(),
                d.sameDayCutOff(),
                d.applicantTypes(),
                d.resultName(),
                d.resultKind(),
                d.legalBasis(),
                d.conditions(),
                d.implementationSteps(),
                d.fourOnSiteEligible(),
                d.lienThongPartnerIds(),
                d.decisionNumber(),
                d.decisionDate(),
                d.documents(),
                d.fees(),
                d.steps());
    }

    @Test
    void filtersByFieldChannelAndAgencySubtree() {
        ProcedureSearchResult online =
                catalog.search(new ProcedureQuery(null, null, null, Channel.ONLINE, null, 0, 100));
        assertThat(online.total()).isPositive();
        assertThat(online.items()).allSatisfy(p -> assertThat(p.channels()).contains(Channel.ONLINE));

        AgencyView police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        ProcedureSearchResult ofPolice =
                catalog.search(new ProcedureQuery(null, police.id(), null, null, null, 0, 100));
        assertThat(ofPolice.items()).extracting(ProcedureSummary::code).contains(LLTP);
        assertThat(ofPolice.items())
                .allSatisfy(p ->
                        assertThat(catalog.agencyAndDescendants(police.id())).contains(p.competentAgencyId()));

        ProcedureSearchResult field =
                catalog.search(new ProcedureQuery("giay phep", null, "hoat-dong-xay-dung", null, null, 0, 100));
        assertThat(field.items())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.fieldCode()).isEqualTo("hoat-dong-xay-dung"));
    }

    @Test
    void agencyTreeResolvesSubUnitsAndFormerCodes() {
        AgencyView police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        AgencyView pc06 = catalog.agencyByCode("000.01.42.H41").orElseThrow();
        assertThat(catalog.agencyAndDescendants(police.id())).contains(police.id(), pc06.id());
        AgencyView merged = catalog.agencies().stream()
                .filter(a -> !a.previousCodes().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(catalog.agencyByCode(merged.previousCodes().getFirst()))
                .get()
                .extracting(AgencyView::id)
                .isEqualTo(merged.id());
    }

    @Test
    void theCachedListOfAgenciesFollowsChanges() {
        AgencyView police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        int before = catalog.agencies().size(); // now cached
        String code = "000.09." + (10 + (int) (Math.random() * 89)) + ".H41";
        AgencyView created = administration.createAgency(new AgencyDraft(
                code,
                police.id(),
                "Phòng thử nghiệm",
                null,
                police.level(),
                AgencyType.SUB_UNIT,
                null,
                null,
                null,
                null,
                null,
                null));
        assertThat(catalog.agencies())
                .hasSize(before + 1)
                .extracting(AgencyView::id)
                .contains(created.id());

        AgencyDraft renamed = AgencyDraft.of(created);
        administration.updateAgency(
                created.id(),
                new AgencyDraft(
                        renamed.code(),
                        renamed.parentId(),
                        "Phòng thử nghiệm (đổi tên)",
                        renamed.shortName(),
                        renamed.level(),
                        renamed.type(),
                        renamed.address(),
                        renamed.phone(),
                        renamed.email(),
                        renamed.workingHours(),
                        renamed.activeFrom(),
                        renamed.activeTo()));
        assertThat(catalog.agencies())
                .filteredOn(a -> a.id().equals(created.id()))
                .extracting(AgencyView::name)
                .containsExactly("Phòng thử nghiệm (đổi tên)");
    }

    @Test
    void demoOfficersServeTheirAgencies() {
        AgencyView police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        AgencyView center = catalog.agencyByCode("000.00.01.H41").orElseThrow();
        assertThat(users.findByUsername("chuyenvien").orElseThrow().agencyIds()).contains(police.id());
        UUID receptionist = users.findByUsername("tiepnhan").orElseThrow().id();
        assertThat(catalog.counters(center.id()))
                .anySatisfy(c -> assertThat(c.officerIds()).contains(receptionist));
    }

    @Test
    void aNewVersionAppliesFromItsDateWhileTheOldOneIsStillServed() {
        ProcedureView v1 = catalog.procedureByCode(LLTP).orElseThrow();
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        List<WorkflowStepView> steps = new ArrayList<>(v1.steps());
        WorkflowStepView first = steps.getFirst();
        WorkflowStepView second = steps.get(1);
        // move half a day from reception to appraisal: same total, new version
        steps.set(
                0,
                new WorkflowStepView(
                        1,
                        first.name(),
                        first.responsibleAgencyId(),
                        first.role(),
                        BigDecimal.ZERO,
                        first.nextSteps(),
                        first.backSteps()));
        steps.set(
                1,
                new WorkflowStepView(
                        2,
                        second.name(),
                        second.responsibleAgencyId(),
                        second.role(),
                        second.budgetDays().add(first.budgetDays()),
                        second.nextSteps(),
                        second.backSteps()));

        ProcedureView draft = administration.saveWorkflow(v1.id(), steps);
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(catalog.procedure(v1.id()).orElseThrow().versionId()).isEqualTo(v1.versionId());

        ProcedureView v2 = administration.publish(v1.id(), today);

        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(catalog.procedure(v1.id()).orElseThrow().versionId()).isEqualTo(v2.versionId());
        assertThat(catalog.procedureAt(v1.id(), today.minusDays(1))
                        .orElseThrow()
                        .versionId())
                .isEqualTo(v1.versionId());
        assertThat(catalog.procedureVersion(v1.versionId())
                        .orElseThrow()
                        .steps()
                        .getFirst()
                        .budgetDays())
                .isEqualByComparingTo(first.budgetDays());
        assertThat(catalog.versionHistory(v1.id()))
                .extracting(ProcedureVersionSummary::version)
                .containsExactly(v2.version(), v1.version());
        assertThat(events.stream(ProcedurePublished.class))
                .anySatisfy(e -> assertThat(e.versionId()).isEqualTo(v2.versionId()));
    }

    @Test
    void retiredProceduresAreNoLongerFoundButKeepTheirVersions() {
        ProcedureView procedure =
                catalog.procedureByCode("2.000815.000.00.53.H41").orElseThrow();
        administration.retireProcedure(procedure.id(), LocalDate.now(Vietnam.ZONE));

        assertThat(catalog.procedure(procedure.id())).isEmpty();
        assertThat(catalog.procedureVersion(procedure.versionId())).isPresent();
        assertThat(catalog.search(new ProcedureQuery("chung thuc ban sao", null, null, null, null, 0, 100))
                        .items())
                .extracting(ProcedureSummary::id)
                .doesNotContain(procedure.id());
    }

    @Test
    void theDefaultWorkflowAddsUpToTheLegalTime() {
        AgencyView justice = catalog.agencyByCode("000.00.21.H41").orElseThrow();
        for (ProcessingTime time : List.of(
                new ProcessingTime(BigDecimal.valueOf(3), ProcessingTimeUnit.WORKING_DAYS),
                new ProcessingTime(BigDecimal.valueOf(15), ProcessingTimeUnit.CALENDAR_DAYS),
                new ProcessingTime(BigDecimal.ZERO, ProcessingTimeUnit.SAME_DAY))) {
            BigDecimal sum = catalog.defaultWorkflow(justice.id(), null, time).stream()
                    .map(WorkflowStepView::budgetDays)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(time.workflowBudgetDays());
        }
    }
}
