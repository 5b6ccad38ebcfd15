package org.motcua.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator writes into a procedure version: everything but its identity and
 * publication. Checked as a whole by {@link Catalog}'s rules before anything is stored.
 *
 * @param receivingCenterIds empty means every service center of the province receives it
 * @param fourOnSiteEligible "4 tại chỗ"; absent means no
 * @param channelTimes legal times that differ from {@code processingTime} for some offered channels
 * @param steps the internal workflow; the budgets must add up to the default legal time
 */
public record ProcedureDraft(
        String nationalCode,
        String name,
        String fieldCode,
        AdministrativeLevel level,
        UUID competentAgencyId,
        Set<UUID> receivingCenterIds,
        Set<Channel> channels,
        OnlineLevel onlineLevel,
        ProcessingTime processingTime,
        Map<Channel, ProcessingTime> channelTimes,
        LocalTime sameDayCutOff,
        Set<ApplicantType> applicantTypes,
        String resultName,
        ResultKind resultKind,
        String legalBasis,
        String conditions,
        String implementationSteps,
        Boolean fourOnSiteEligible,
        Set<UUID> lienThongPartnerIds,
        String decisionNumber,
        LocalDate decisionDate,
        List<RequiredDocumentView> documents,
        List<FeeView> fees,
        List<WorkflowStepView> steps) {

    public ProcedureDraft {
        fourOnSiteEligible = Boolean.TRUE.equals(fourOnSiteEligible); // absent means not eligible
        receivingCenterIds = receivingCenterIds == null ? Set.of() : Set.copyOf(receivingCenterIds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        channelTimes = ChannelTimes.copy(channelTimes);
        applicantTypes = applicantTypes == null ? Set.of() : Set.copyOf(applicantTypes);
        lienThongPartnerIds = lienThongPartnerIds == null ? Set.of() : Set.copyOf(lienThongPartnerIds);
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The draft of a new version that starts as a copy of {@code version}. */
    public static ProcedureDraft of(ProcedureView version) {
        return new ProcedureDraft(
                version.nationalCode(),
                version.name(),
                version.fieldCode(),
                version.level(),
                version.competentAgencyId(),
                version.receivingCenterIds(),
                version.channels(),
                version.onlineLevel(),
                version.processingTime(),
                version.channelTimes(),
                version.sameDayCutOff(),
                version.applicantTypes(),
                version.resultName(),
                version.resultKind(),
                version.legalBasis(),
                version.conditions(),
                version.implementationSteps(),
                version.fourOnSiteEligible(),
                version.lienThongPartnerIds(),
                version.decisionNumber(),
                version.decisionDate(),
                version.documents(),
                version.fees(),
                version.steps());
    }

    public ProcedureDraft withDocuments(List<RequiredDocumentView> newDocuments) {
        return with(newDocuments, steps);
    }

    public ProcedureDraft withSteps(List<WorkflowStepView> newSteps) {
        return with(documents, newSteps);
    }

    private ProcedureDraft with(List<RequiredDocumentView> newDocuments, List<WorkflowStepView> newSteps) {
        return new ProcedureDraft(
                nationalCode,
                name,
                fieldCode,
                level,
                competentAgencyId,
                receivingCenterIds,
                channels,
                onlineLevel,
                processingTime,
                channelTimes,
                sameDayCutOff,
                applicantTypes,
                resultName,
                resultKind,
                legalBasis,
                conditions,
                implementationSteps,
                fourOnSiteEligible,
                lienThongPartnerIds,
                decisionNumber,
                decisionDate,
                newDocuments,
                fees,
                newSteps);
    }
}
