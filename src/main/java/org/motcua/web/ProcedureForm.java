package org.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.ApplicantType;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.FeeTier;
import org.motcua.catalog.FeeView;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureDraft;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.ProcessingTimeUnit;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.catalog.ResultKind;

/**
 * A procedure version's attributes as typed into the admin form (everything but the workflow, which has
 * its own form). Text throughout, so that what does not parse is shown back unchanged.
 *
 * @param code the procedure's own code; only asked when it is created
 */
record ProcedureForm(
        String code,
        String nationalCode,
        String name,
        String fieldCode,
        String level,
        String competentAgencyId,
        List<String> receivingCenterIds,
        List<String> channels,
        String onlineLevel,
        String timeAmount,
        String timeUnit,
        List<ChannelTimeLine> channelTimes,
        String sameDayCutOff,
        List<String> applicantTypes,
        String resultName,
        String resultKind,
        String legalBasis,
        String conditions,
        String implementationSteps,
        Boolean fourOnSiteEligible,
        List<String> lienThongPartnerIds,
        String decisionNumber,
        String decisionDate,
        List<DocumentLine> documents,
        List<FeeLine> fees) {

    /**
     * One required document; the template is uploaded on the procedure page and only carried here.
     *
     * @param mandatory and {@code fromEDataStore}: checkboxes, absent when not ticked
     */
    record DocumentLine(
            String name,
            String form,
            String quantity,
            Boolean mandatory,
            Boolean fromEDataStore,
            String templateFileName,
            String templateSha256) {

        static DocumentLine empty() {
            return new DocumentLine(null, DocumentForm.ORIGINAL.name(), "1", true, false, null, null);
        }
    }

    /**
     * A channel's own legal time; a blank amount means the channel takes the default time. The form has
     * one line per channel, so a time can be typed together with ticking its channel.
     */
    record ChannelTimeLine(String channel, String amount, String unit) {

        static List<ChannelTimeLine> of(Map<Channel, ProcessingTime> times) {
            return Arrays.stream(Channel.values())
                    .map(c -> {
                        ProcessingTime t = times.get(c);
                        return t == null
                                ? new ChannelTimeLine(c.name(), null, ProcessingTimeUnit.WORKING_DAYS.name())
                                : new ChannelTimeLine(
                                        c.name(),
                                        t.amount().toPlainString(),
                                        t.unit().name());
                    })
                    .toList();
        }
    }

    /** @param tiers "Loại A: 1.500.000; Loại B: 2.000.000" for a tiered fee */
    record FeeLine(String name, String kind, String amountVnd, String unit, String tiers, String exemptionNote) {

        static FeeLine empty() {
            return new FeeLine(null, FeeKind.FIXED.name(), null, null, null, null);
        }
    }

    ProcedureForm {
        receivingCenterIds = receivingCenterIds == null ? List.of() : receivingCenterIds;
        channels = channels == null ? List.of() : channels;
        channelTimes = channelTimes == null
                ? List.of()
                : channelTimes.stream().filter(Objects::nonNull).toList();
        applicantTypes = applicantTypes == null ? List.of() : applicantTypes;
        lienThongPartnerIds = lienThongPartnerIds == null ? List.of() : lienThongPartnerIds;
        // indexed rows the browser skipped (a removed row) bind as nulls
        documents = documents == null
                ? List.of()
                : documents.stream().filter(Objects::nonNull).toList();
        fees = fees == null ? List.of() : fees.stream().filter(Objects::nonNull).toList();
    }

    /** A new procedure: received at the counter by citizens, with one document to fill in. */
    static ProcedureForm blank() {
        return new ProcedureForm(
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(Channel.COUNTER.name()),
                null,
                null,
                ProcessingTimeUnit.WORKING_DAYS.name(),
                ChannelTimeLine.of(Map.of()),
                null,
                List.of(ApplicantType.CITIZEN.name()),
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                null,
                null,
                List.of(DocumentLine.empty()),
                List.of());
    }

    static ProcedureForm of(ProcedureView v) {
        return new ProcedureForm(
                v.code(),
                v.nationalCode(),
                v.name(),
                v.fieldCode(),
                v.level().name(),
                v.competentAgencyId().toString(),
                v.receivingCenterIds().stream().map(UUID::toString).toList(),
                v.channels().stream().map(Channel::name).toList(),
                v.onlineLevel() == null ? null : v.onlineLevel().name(),
                v.processingTime() == null ? null : v.processingTime().amount().toPlainString(),
                v.processingTime() == null ? null : v.processingTime().unit().name(),
                ChannelTimeLine.of(v.channelTimes()),
                v.sameDayCutOff() == null ? null : v.sameDayCutOff().toString(),
                v.applicantTypes().stream().map(ApplicantType::name).toList(),
                v.resultName(),
                v.resultKind() == null ? null : v.resultKind().name(),
                v.legalBasis(),
                v.conditions(),
                v.implementationSteps(),
                v.fourOnSiteEligible(),
                v.lienThongPartnerIds().stream().map(UUID::toString).toList(),
                v.decisionNumber(),
                v.decisionDate() == null ? null : v.decisionDate().toString(),
                v.documents().stream()
                        .map(d -> new DocumentLine(
                                d.name(),
                                d.form().name(),
                                Integer.toString(d.quantity()),
                                d.mandatory(),
                                d.fromEDataStore(),
                                d.templateFileName(),
                                d.templateSha256()))
                        .toList(),
                v.fees().stream()
                        .map(f -> new FeeLine(
                                f.name(),
                                f.kind().name(),
                                f.amountVnd() == null ? null : f.amountVnd().toString(),
                                f.unit(),
                                f.tiers().stream()
                                        .map(t -> t.label() + ": " + t.amountVnd())
                                        .collect(Collectors.joining("; ")),
                                f.exemptionNote()))
                        .toList());
    }

    ProcedureForm withRows(List<DocumentLine> documentLines, List<FeeLine> feeLines) {
        return new ProcedureForm(
                code,
                nationalCode,
                name,
                fieldCode,
                level,
                competentAgencyId,
                receivingCenterIds,
                channels,
                onlineLevel,
                timeAmount,
                timeUnit,
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
                documentLines,
                feeLines);
    }

    /** The draft without a workflow; values that do not parse are reported to {@code problems}. */
    ProcedureDraft draft(FormProblems problems) {
        ProcessingTime time = time(problems, "processingTime", timeAmount, timeUnit);
        Map<Channel, ProcessingTime> ownTimes = new EnumMap<>(Channel.class);
        for (ChannelTimeLine line : channelTimes) {
            Channel channel = problems.choice("channelTimes", line.channel(), Channel.class);
            ProcessingTime own =
                    channel == null ? null : time(problems, "channelTimes." + channel, line.amount(), line.unit());
            if (own != null) {
                ownTimes.put(channel, own);
            }
        }
        List<RequiredDocumentView> requiredDocuments = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentLine d = documents.get(i);
            String at = "documents[" + i + "]";
            Integer quantity = problems.parse(at + ".quantity", d.quantity(), Integer::valueOf);
            requiredDocuments.add(new RequiredDocumentView(
                    i + 1,
                    d.name(),
                    problems.choice(at + ".form", d.form(), DocumentForm.class),
                    quantity == null ? 0 : quantity,
                    Boolean.TRUE.equals(d.mandatory()),
                    d.templateFileName(),
                    Boolean.TRUE.equals(d.fromEDataStore()),
                    d.templateSha256()));
        }
        List<FeeView> feeViews = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            FeeLine f = fees.get(i);
            String at = "fees[" + i + "]";
            feeViews.add(new FeeView(
                    f.name(),
                    problems.choice(at + ".kind", f.kind(), FeeKind.class),
                    problems.parse(at + ".amountVnd", f.amountVnd(), ProcedureForm::dong),
                    f.unit(),
                    problems.parse(at + ".tiers", f.tiers(), ProcedureForm::tiers),
                    f.exemptionNote()));
        }
        return new ProcedureDraft(
                nationalCode,
                name,
                fieldCode,
                problems.choice("level", level, AdministrativeLevel.class),
                problems.uuid("competentAgencyId", competentAgencyId),
                ids(problems, "receivingCenterIds", receivingCenterIds),
                channels.stream()
                        .map(c -> problems.choice("channels", c, Channel.class))
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                problems.choice("onlineLevel", onlineLevel, OnlineLevel.class),
                time,
                ownTimes,
                problems.parse("sameDayCutOff", sameDayCutOff, LocalTime::parse),
                applicantTypes.stream()
                        .map(a -> problems.choice("applicantTypes", a, ApplicantType.class))
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                resultName,
                problems.choice("resultKind", resultKind, ResultKind.class),
                legalBasis,
                conditions,
                implementationSteps,
                fourOnSiteEligible,
                ids(problems, "lienThongPartnerIds", lienThongPartnerIds),
                decisionNumber,
                problems.parse("decisionDate", decisionDate, LocalDate::parse),
                requiredDocuments,
                feeViews,
                List.of());
    }

    /** A time needs an amount, except SAME_DAY which is 0; {@code at} names the fields for errors. */
    private static ProcessingTime time(FormProblems problems, String at, String amountText, String unitText) {
        BigDecimal amount = problems.parse(at + ".amount", amountText, v -> new BigDecimal(v.replace(',', '.')));
        ProcessingTimeUnit unit = problems.choice(at + ".unit", unitText, ProcessingTimeUnit.class);
        return unit == ProcessingTimeUnit.SAME_DAY
                ? new ProcessingTime(amount == null ? BigDecimal.ZERO : amount, unit)
                : amount == null || unit == null ? null : new ProcessingTime(amount, unit);
    }

    private static Set<UUID> ids(FormProblems problems, String field, List<String> values) {
        return values.stream()
                .map(v -> problems.uuid(field, v))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** "1.250.000", "1 250 000" or "1250000" đồng. */
    static long dong(String amount) {
        return Long.parseLong(amount.replaceAll("[.\\s]", ""));
    }

    static List<FeeTier> tiers(String text) {
        return Arrays.stream(text.split(";"))
                .filter(t -> !t.isBlank())
                .map(t -> {
                    int colon = t.lastIndexOf(':');
                    if (colon < 0) {
                        throw new IllegalArgumentException("no amount in " + t);
                    }
                    return new FeeTier(
                            t.substring(0, colon).strip(),
                            dong(t.substring(colon + 1).strip()));
                })
                .toList();
    }
}
