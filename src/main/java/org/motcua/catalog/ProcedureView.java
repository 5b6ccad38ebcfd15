package org.motcua.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a procedure with everything a citizen, a reception officer and the dossier module
 * need.
 *
 * @param id the procedure; stable across versions
 * @param versionId the version; a dossier keeps this id for its whole life
 * @param processingTime the default legal time; {@code null} when the publishing decision gives none
 * @param channelTimes a different legal time for some offered channels (e.g. shorter online); read it
 *     through {@link #timeFor(Channel)}
 * @param sameDayCutOff for SAME_DAY procedures: received later counts from the next working day
 * @param onlineLevel {@code null} when the procedure is not offered online
 * @param receivingCenterIds the centers that receive it; empty means every center of the province
 * @param effectiveFrom first day this version applies; {@code null} for a draft
 */
public record ProcedureView(
        UUID id,
        UUID versionId,
        int version,
        String code,
        String nationalCode,
        String name,
        String fieldCode,
        String fieldName,
        AdministrativeLevel level,
        UUID competentAgencyId,
        ProcessingTime processingTime,
        Map<Channel, ProcessingTime> channelTimes,
        LocalTime sameDayCutOff,
        Set<Channel> channels,
        OnlineLevel onlineLevel,
        boolean fourOnSiteEligible,
        Set<UUID> receivingCenterIds,
        List<RequiredDocumentView> documents,
        List<FeeView> fees,
        List<WorkflowStepView> steps,
        Set<UUID> lienThongPartnerIds,
        String resultName,
        ResultKind resultKind,
        LocalDate effectiveFrom,
        Set<ApplicantType> applicantTypes,
        String legalBasis,
        String conditions,
        String implementationSteps,
        String decisionNumber,
        LocalDate decisionDate,
        VersionStatus status) {

    public ProcedureView {
        channels = Set.copyOf(channels);
        channelTimes = ChannelTimes.copy(channelTimes);
        receivingCenterIds = Set.copyOf(receivingCenterIds);
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        steps = List.copyOf(steps);
        lienThongPartnerIds = Set.copyOf(lienThongPartnerIds);
        applicantTypes = Set.copyOf(applicantTypes);
    }

    /**
     * The legal time of a dossier submitted through {@code channel}: the channel's own time where the
     * publishing decision gives one, else the default; {@code null} when neither is published.
     */
    public ProcessingTime timeFor(Channel channel) {
        return channelTimes.getOrDefault(channel, processingTime);
    }

    public boolean receivedAtEveryCenter() {
        return receivingCenterIds.isEmpty();
    }

    public boolean online() {
        return channels.contains(Channel.ONLINE);
    }
}
