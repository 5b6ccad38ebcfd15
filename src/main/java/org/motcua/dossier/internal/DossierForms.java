package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.documents.Circular;
import org.motcua.documents.DossierForm;
import org.motcua.documents.DossierForm.HandOver;
import org.motcua.documents.DossierForm.Timeliness;
import org.motcua.documents.FileStore;
import org.motcua.documents.FormKind;
import org.motcua.documents.Forms;
import org.motcua.documents.PdfSignatures;
import org.motcua.documents.ResultDocument;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierAction;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The forms a dossier's actions produce (receipt at receive, supplement request, refusal, apology at
 * extend, stop notice) and the control slip: gathers what each prints from the dossier, its history and
 * the catalog, has {@link Forms} render and store it, and records the stored file with the dossier.
 */
@Component
public class DossierForms {

    /** Which action produces which form. */
    public static final Map<DossierAction, FormKind> PRODUCED_BY = Map.of(
            DossierAction.RECEIVE, FormKind.RECEIPT,
            DossierAction.REQUEST_SUPPLEMENT, FormKind.SUPPLEMENT_REQUEST,
            DossierAction.REFUSE, FormKind.REFUSAL,
            DossierAction.EXTEND, FormKind.APOLOGY,
            DossierAction.STOP, FormKind.STOP_NOTICE);

    private static final String HEAD_OF_AGENCY = "THỦ TRƯỞNG CƠ QUAN";

    private final Forms forms;
    private final Catalog catalog;
    private final DossierHistory history;
    private final IssuedDocuments issued;
    private final PendingForms pending;
    private final String place;
    private final String hotline;

    DossierForms(
            Forms forms,
            Catalog catalog,
            DossierHistory history,
            IssuedDocuments issued,
            PendingForms pending,
            @Value("${motcua.center.place:}") String place,
            @Value("${motcua.center.hotline:}") String hotline) {
        this.forms = forms;
        this.catalog = catalog;
        this.history = history;
        this.issued = issued;
        this.pending = pending;
        this.place = place;
        this.hotline = hotline;
    }

    /**
     * Captures the form the action of this history row produces, if it produces one, as it prints now;
     * it is rendered after the action's transaction commits ({@link PendingForms}).
     *
     * @param signer who signs an apology or stop notice for the agency (null: the officer acting)
     */
    public void capture(Dossier d, DossierHistory.Entry entry, String signer) {
        FormKind kind = PRODUCED_BY.get(entry.transition().action());
        if (kind != null) {
            DossierForm form =
                    form(kind, d, entry, signer, List.of(), entry.transition().at(), entry.actorName());
            pending.add(
                    d.id(),
                    entry.id(),
                    form,
                    fileName(kind, d),
                    entry.transition().at(),
                    entry.actorName());
        }
    }

    /**
     * The issued form the action of this history row produced: the stored one (a reprint is the same
     * bytes), rendered now if still pending, or — for an action recorded without its form, as the demo
     * loader does — produced from the dossier as it is now.
     */
    public Optional<IssuedDocuments.Row> issueFor(Dossier d, DossierHistory.Entry entry) {
        FormKind kind = PRODUCED_BY.get(entry.transition().action());
        if (kind == null) {
            return Optional.empty();
        }
        Optional<IssuedDocuments.Row> earlier = pending.render(entry.id(), kind);
        if (earlier.isPresent()) {
            return earlier;
        }
        DossierForm form =
                form(kind, d, entry, null, List.of(), entry.transition().at(), entry.actorName());
        return Optional.of(issued.add(
                d.id(),
                entry.id(),
                forms.issue(form),
                fileName(kind, d),
                entry.transition().at(),
                entry.actorName()));
    }

    /**
     * The result produced from the template at resolve, kept like an uploaded result: listed on the dossier
     * and shown to the applicant once resolved. It carries no digital signature (the agency signs the print,
     * or uploads a signed copy later). Refused when the dossier already has a result, so an uploaded signed
     * result is never shadowed by a generated one.
     */
    public IssuedDocuments.Row result(Dossier d, String decision, String signer, LocalDateTime at, String officerName) {
        if (issued.of(d.id()).stream().anyMatch(r -> IssuedDocuments.RESULT.equals(r.kind()))) {
            throw DomainException.conflict("document.result_exists", d.code());
        }
        ProcedureView procedure =
                catalog.procedureVersion(d.procedureVersionId()).orElseThrow();
        AgencyView agency = agency(d.competentAgencyId());
        ResultDocument result = new ResultDocument(
                procedure.code(),
                new DossierForm.Issuer(superiorName(agency), agency.name(), place, hotline),
                d.code(),
                party(d.applicant()),
                d.procedureName(),
                procedure.resultName(),
                decision,
                at,
                new DossierForm.Signer(HEAD_OF_AGENCY, signer != null ? signer : officerName));
        FileStore.StoredFile stored = forms.issue(result);
        return issued.addResult(
                d.id(),
                stored.sha256(),
                stored.size(),
                "ket-qua-" + d.code() + ".pdf",
                new PdfSignatures.Report(PdfSignatures.Status.UNSIGNED, null, null),
                at,
                officerName);
    }

    /** A control slip as the history stands now; each print is kept as its own document. */
    public IssuedDocuments.Row controlSlip(Dossier d, String printedBy, LocalDateTime now) {
        List<DossierHistory.Entry> entries = history.of(d.id());
        DossierHistory.Entry last = entries.getLast();
        DossierForm form = form(FormKind.CONTROL_SLIP, d, last, null, handOvers(d, entries), now, printedBy);
        return issued.add(d.id(), null, forms.issue(form), fileName(FormKind.CONTROL_SLIP, d), now, printedBy);
    }

    private DossierForm form(
            FormKind kind,
            Dossier d,
            DossierHistory.Entry entry,
            String signer,
            List<HandOver> handOvers,
            LocalDateTime issuedAt,
            String officerName) {
        Transition t = entry.transition();
        ProcedureView procedure =
                catalog.procedureVersion(d.procedureVersionId()).orElseThrow();
        boolean byAgency = kind == FormKind.APOLOGY || kind == FormKind.STOP_NOTICE;
        AgencyView center = agency(d.receivingCenterId());
        AgencyView issuer = byAgency ? agency(d.competentAgencyId()) : center;
        return new DossierForm(
                kind,
                Circular.valueOf(d.ruleSet()),
                new DossierForm.Issuer(
                        superiorName(issuer),
                        issuer.name(),
                        place,
                        // The configured hotline, else the receiving unit's own phone.
                        hotline.isBlank() && issuer.phone() != null ? issuer.phone() : hotline),
                d.code(),
                party(d.applicant()),
                d.procedureName(),
                d.documents().stream()
                        .map(p -> new DossierForm.Paper(p.name(), paperForm(p.form()), p.quantity()))
                        .toList(),
                1,
                processingTime(procedure.processingTime()),
                d.receivedAt(),
                kind == FormKind.RECEIPT || kind == FormKind.APOLOGY ? t.dueInForce() : d.dueAt(),
                returnPlace(d, center),
                procedure.fees().stream()
                        .map(f -> new DossierForm.Fee(f.name(), f.amountVnd(), f.unit()))
                        .toList(),
                bookEntry(d),
                issuedAt,
                officerName,
                new DossierForm.Signer(HEAD_OF_AGENCY, signer != null ? signer : entry.actorName()),
                t.note(),
                kind == FormKind.APOLOGY ? dueBefore(d, entry) : null,
                handOvers);
    }

    private static DossierForm.Party party(Applicant a) {
        return new DossierForm.Party(
                a.name(), a.idNumber() != null ? a.idNumber() : a.taxCode(), a.address(), a.phone(), a.email());
    }

    /** One row per hand-over: reception to the first step, step to step, back to the desk, to the applicant. */
    private List<HandOver> handOvers(Dossier d, List<DossierHistory.Entry> entries) {
        ProcedureView procedure =
                catalog.procedureVersion(d.procedureVersionId()).orElseThrow();
        String desk = agency(d.receivingCenterId()).name();
        List<HandOver> rows = new ArrayList<>();
        for (DossierHistory.Entry e : entries) {
            Transition t = e.transition();
            String from =
                    e.actorAgency() == null ? desk : agency(e.actorAgency()).name();
            String to = switch (t.action()) {
                case RECEIVE, FORWARD, SEND_BACK -> stepAgency(procedure, t.toStep());
                case RESOLVE -> desk;
                case RETURN_RESULT -> "Người nộp hồ sơ";
                default -> null;
            };
            if (to != null) {
                Timeliness verdict = t.stepVerdict() == null
                        ? null
                        : Timeliness.valueOf(t.stepVerdict().name());
                String toPerson = t.action() == DossierAction.RETURN_RESULT ? d.returnedTo() : null;
                rows.add(new HandOver(from, e.actorName(), to, toPerson, t.at(), null, verdict, t.note()));
            }
        }
        return rows;
    }

    private String stepAgency(ProcedureView procedure, Integer step) {
        return procedure.steps().stream()
                .filter(s -> step != null && s.order() == step)
                .findFirst()
                .map(WorkflowStepView::responsibleAgencyId)
                .map(id -> agency(id).name())
                .orElse("");
    }

    private LocalDateTime dueBefore(Dossier d, DossierHistory.Entry entry) {
        LocalDateTime before = null;
        for (DossierHistory.Entry e : history.of(d.id())) {
            if (e.id() >= entry.id()) {
                break;
            }
            before = e.transition().dueInForce() != null ? e.transition().dueInForce() : before;
        }
        return before;
    }

    private AgencyView agency(UUID id) {
        return catalog.agency(id).orElseThrow(() -> new IllegalStateException("agency missing: " + id));
    }

    private String superiorName(AgencyView agency) {
        return agency.parentId() == null
                ? ""
                : catalog.agency(agency.parentId()).map(AgencyView::name).orElse("");
    }

    private static String returnPlace(Dossier d, AgencyView center) {
        return switch (d.deliveryMethod()) {
            case COUNTER -> center.address() == null ? center.name() : center.name() + ", " + center.address();
            case POSTAL ->
                "Qua dịch vụ bưu chính công ích: "
                        + (d.deliveryAddress() != null
                                ? d.deliveryAddress()
                                : d.applicant() == null ? "" : d.applicant().address());
            case ELECTRONIC -> "Trực tuyến, trên Cổng dịch vụ công (bản điện tử)";
        };
    }

    /** "Quyển số 2026, số thứ tự 0007": the book of the receipt year, the code's daily sequence. */
    private static String bookEntry(Dossier d) {
        if (d.code() == null || d.receivedAt() == null) {
            return "";
        }
        return "Quyển số %d, số thứ tự %s"
                .formatted(d.receivedAt().getYear(), d.code().substring(d.code().lastIndexOf('-') + 1));
    }

    public static String paperForm(DocumentForm form) {
        if (form == null) {
            return "";
        }
        return switch (form) {
            case ORIGINAL -> "Bản chính";
            case CERTIFIED_COPY -> "Bản sao chứng thực";
            case COPY -> "Bản sao";
            case ORIGINAL_OR_COPY -> "Bản chính hoặc bản sao";
        };
    }

    public static String processingTime(ProcessingTime time) {
        if (time == null) {
            return "Không quy định thời hạn";
        }
        String amount = time.amount().toPlainString().replace('.', ',');
        return switch (time.unit()) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case CALENDAR_DAYS -> amount + " ngày";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case MONTHS -> amount + " tháng";
            case SAME_DAY -> "Trong ngày";
        };
    }

    public static String fileName(FormKind kind, Dossier d) {
        return kind.path() + "-" + (d.code() != null ? d.code() : d.id().toString()) + ".pdf";
    }
}
