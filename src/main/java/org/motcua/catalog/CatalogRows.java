package org.motcua.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Translation between the template's rows (codes) and the stored catalog (ids). */
final class CatalogRows {

    private CatalogRows() {}

    /** A procedure row with its documents, fees and steps as a draft; the codes are known to resolve. */
    static ProcedureDraft draft(
            ProcedureRow p,
            List<RequiredDocumentRow> documents,
            List<FeeRow> fees,
            List<WorkflowStepRow> steps,
            Map<String, UUID> agencyIds) {
        Set<UUID> centers = p.receivedAtAllCenters()
                ? Set.of()
                : p.receivingCenterCodes().stream().map(agencyIds::get).collect(Collectors.toSet());
        return new ProcedureDraft(
                p.nationalCode(),
                p.name(),
                p.fieldCode(),
                p.level(),
                agencyIds.get(p.competentAgencyCode()),
                centers,
                p.channels(),
                p.onlineLevel(),
                p.processingTime(),
                p.channelTimes(),
                p.sameDayCutOff(),
                p.applicantTypes(),
                p.resultName(),
                p.resultKind(),
                p.legalBasis(),
                p.conditions(),
                p.implementationSteps(),
                p.fourOnSiteEligible(),
                p.lienThongPartnerCodes().stream().map(agencyIds::get).collect(Collectors.toSet()),
                p.decisionNumber(),
                p.decisionDate(),
                documents.stream()
                        .sorted(Comparator.comparingInt(RequiredDocumentRow::order))
                        .map(d -> new RequiredDocumentView(
                                d.order(),
                                d.name(),
                                d.form(),
                                d.quantity(),
                                d.mandatory(),
                                d.templateFileName(),
                                d.fromEDataStore(),
                                null))
                        .toList(),
                fees.stream()
                        .map(f ->
                                new FeeView(f.name(), f.kind(), f.amountVnd(), f.unit(), f.tiers(), f.exemptionNote()))
                        .toList(),
                steps.stream()
                        .sorted(Comparator.comparingInt(WorkflowStepRow::order))
                        .map(s -> new WorkflowStepView(
                                s.order(),
                                s.name(),
                                agencyIds.get(s.responsibleAgencyCode()),
                                s.role(),
                                s.budgetDays(),
                                s.nextSteps(),
                                s.backSteps()))
                        .toList());
    }

    static AgencyRow agency(AgencyView a, Map<UUID, String> codes) {
        return new AgencyRow(
                a.code(),
                codes.get(a.parentId()),
                a.name(),
                a.shortName(),
                a.level(),
                a.type(),
                a.address(),
                a.phone(),
                a.email(),
                a.previousCodes());
    }

    static ProcedureRow procedure(ProcedureView v, Map<UUID, String> codes) {
        return new ProcedureRow(
                v.code(),
                v.nationalCode(),
                v.name(),
                v.fieldCode(),
                v.level(),
                codes.get(v.competentAgencyId()),
                v.receivedAtEveryCenter(),
                sortedCodes(v.receivingCenterIds(), codes),
                v.channels(),
                v.onlineLevel(),
                v.processingTime(),
                v.channelTimes(),
                v.sameDayCutOff(),
                v.applicantTypes(),
                v.resultName(),
                v.resultKind(),
                v.legalBasis(),
                v.conditions(),
                v.implementationSteps(),
                v.fourOnSiteEligible(),
                sortedCodes(v.lienThongPartnerIds(), codes),
                v.decisionNumber(),
                v.decisionDate(),
                v.effectiveFrom());
    }

    static RequiredDocumentRow document(String procedureCode, RequiredDocumentView d) {
        return new RequiredDocumentRow(
                procedureCode,
                d.order(),
                d.name(),
                d.form(),
                d.quantity(),
                d.mandatory(),
                d.templateFileName(),
                d.fromEDataStore());
    }

    static FeeRow fee(String procedureCode, FeeView f) {
        return new FeeRow(procedureCode, f.name(), f.kind(), f.amountVnd(), f.unit(), f.tiers(), f.exemptionNote());
    }

    static WorkflowStepRow step(String procedureCode, WorkflowStepView s, Map<UUID, String> codes) {
        return new WorkflowStepRow(
                procedureCode,
                s.order(),
                s.name(),
                codes.get(s.responsibleAgencyId()),
                s.role(),
                s.budgetDays(),
                s.nextSteps(),
                s.backSteps());
    }

    private static List<String> sortedCodes(Set<UUID> ids, Map<UUID, String> codes) {
        return ids.stream().map(codes::get).sorted().toList();
    }
}
