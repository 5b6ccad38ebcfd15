package org.motcua.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One administrative procedure as carried out by one competent agency.
 *
 * @param code local code, unique in the catalog; documents, fees and workflow steps refer to it
 * @param nationalCode code in the national procedure database ({@code d.dddddd}), {@code null} if none
 * @param receivedAtAllCenters every service center of the province receives it (law, 2025)
 * @param receivingCenterCodes the centers that receive it when not all of them do
 * @param onlineLevel {@code null} when the procedure is not offered online
 * @param processingTime {@code null} when the publishing decision gives no time limit
 * @param channelTimes legal times that differ from {@code processingTime} for some offered channels
 * @param sameDayCutOff for SAME_DAY procedures: dossiers received later count from the next working
 *     day; {@code null} means the provincial default (15:00)
 * @param lienThongPartnerCodes agencies that process the same dossier in an inter-agency flow
 */
public record ProcedureRow(
        String code,
        String nationalCode,
        String name,
        String fieldCode,
        AdministrativeLevel level,
        String competentAgencyCode,
        boolean receivedAtAllCenters,
        List<String> receivingCenterCodes,
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
        boolean fourOnSiteEligible,
        List<String> lienThongPartnerCodes,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate effectiveFrom) {

    public ProcedureRow {
        receivingCenterCodes = List.copyOf(receivingCenterCodes);
        channels = Set.copyOf(channels);
        channelTimes = ChannelTimes.copy(channelTimes);
        applicantTypes = Set.copyOf(applicantTypes);
        lienThongPartnerCodes = List.copyOf(lienThongPartnerCodes);
    }
}
