package org.motcua.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.motcua.shared.Text;

/** Text typed by administrators is stored trimmed and in Unicode NFC; blanks become absent. */
final class Drafts {

    private Drafts() {}

    static AgencyDraft clean(AgencyDraft a) {
        return new AgencyDraft(
                Text.clean(a.code()),
                a.parentId(),
                Text.clean(a.name()),
                Text.clean(a.shortName()),
                a.level(),
                a.type(),
                Text.clean(a.address()),
                Text.clean(a.phone()),
                Text.clean(a.email()),
                Text.clean(a.workingHours()),
                a.activeFrom(),
                a.activeTo());
    }

    static void require(AgencyDraft a, Violations v) {
        v.require(a.code(), "code");
        v.require(a.name(), "name");
        v.require(a.level(), "level");
        v.require(a.type(), "type");
        v.throwIfInvalid();
    }

    /**
     * A spreadsheet names templates but cannot carry their files: a document naming the same file as one
     * of {@code earlier}'s keeps that uploaded file.
     */
    static ProcedureDraft keepTemplates(ProcedureDraft d, ProcedureView earlier) {
        Map<String, String> uploaded = new HashMap<>();
        earlier.documents().stream()
                .filter(RequiredDocumentView::downloadable)
                .forEach(doc -> uploaded.putIfAbsent(doc.templateFileName(), doc.templateSha256()));
        return d.withDocuments(d.documents().stream()
                .map(doc -> doc.templateSha256() == null && uploaded.containsKey(doc.templateFileName())
                        ? doc.withTemplate(doc.templateFileName(), uploaded.get(doc.templateFileName()))
                        : doc)
                .toList());
    }

    static ProcedureDraft clean(ProcedureDraft d) {
        List<RequiredDocumentView> documents = d.documents().stream()
                .map(doc -> new RequiredDocumentView(
                        doc.order(),
                        Text.clean(doc.name()),
                        doc.form(),
                        doc.quantity(),
                        doc.mandatory(),
                        Text.clean(doc.templateFileName()),
                        doc.fromEDataStore(),
                        Text.clean(doc.templateFileName()) == null ? null : doc.templateSha256()))
                .toList();
        List<FeeView> fees = d.fees().stream()
                .map(f -> new FeeView(
                        Text.clean(f.name()),
                        f.kind(),
                        f.amountVnd(),
                        Text.clean(f.unit()),
                        f.tiers().stream()
                                .map(t -> new FeeTier(Text.clean(t.label()), t.amountVnd()))
                                .toList(),
                        Text.clean(f.exemptionNote())))
                .toList();
        List<WorkflowStepView> steps = d.steps().stream()
                .map(s -> new WorkflowStepView(
                        s.order(),
                        Text.clean(s.name()),
                        s.responsibleAgencyId(),
                        s.role(),
                        s.budgetDays(),
                        s.nextSteps(),
                        s.backSteps()))
                .toList();
        return new ProcedureDraft(
                Text.clean(d.nationalCode()),
                Text.clean(d.name()),
                Text.clean(d.fieldCode()),
                d.level(),
                d.competentAgencyId(),
                d.receivingCenterIds(),
                d.channels(),
                d.onlineLevel(),
                d.processingTime(),
                d.channelTimes(),
                d.sameDayCutOff(),
                d.applicantTypes(),
                Text.clean(d.resultName()),
                d.resultKind(),
                Text.clean(d.legalBasis()),
                Text.clean(d.conditions()),
                Text.clean(d.implementationSteps()),
                d.fourOnSiteEligible(),
                d.lienThongPartnerIds(),
                Text.clean(d.decisionNumber()),
                d.decisionDate(),
                documents,
                fees,
                steps);
    }
}
