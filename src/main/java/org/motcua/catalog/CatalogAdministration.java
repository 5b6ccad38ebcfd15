package org.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.motcua.documents.ContentTypes;
import org.motcua.documents.FileStore;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalog by administrators: agencies, counters, procedures (draft → publish → retire)
 * and their workflows. Every change is checked as a whole before anything is written, and each method
 * is one transaction.
 */
@Service
@Transactional
public class CatalogAdministration {

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;
    private final ProcedureRules rules;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogAdministration(
            AgencyRepository agencies,
            ProcedureRepository procedures,
            ProcedureRules rules,
            FileStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.rules = rules;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // agencies

    public AgencyView createAgency(AgencyDraft draft) {
        AgencyDraft agency = Drafts.clean(draft);
        Drafts.require(agency, new Violations(rules.messages()));
        agencies.codeOwner(agency.code()).ifPresent(owner -> {
            throw DomainException.conflict("catalog.duplicate_agency_code", agency.code());
        });
        if (agency.parentId() != null && agencies.find(agency.parentId()).isEmpty()) {
            throw DomainException.unprocessable("catalog.unknown_parent", agency.parentId());
        }
        UUID id = UUID.randomUUID();
        agencies.insert(id, agency);
        events.publishEvent(new AgencyChanged(id, agency.code()));
        return agencies.find(id).orElseThrow();
    }

    /** Changes an agency; a new code keeps the old one linked, a new parent must not be below it. */
    public AgencyView updateAgency(UUID id, AgencyDraft draft) {
        AgencyDraft agency = Drafts.clean(draft);
        Drafts.require(agency, new Violations(rules.messages()));
        agencies.find(id).orElseThrow(() -> DomainException.notFound("catalog.agency_not_found", id));
        agencies.codeOwner(agency.code()).filter(owner -> !owner.equals(id)).ifPresent(owner -> {
            throw DomainException.conflict("catalog.duplicate_agency_code", agency.code());
        });
        if (agency.parentId() != null) {
            if (agencies.find(agency.parentId()).isEmpty()) {
                throw DomainException.unprocessable("catalog.unknown_parent", agency.parentId());
            }
            if (agencies.selfAndDescendants(id).contains(agency.parentId())) {
                throw DomainException.unprocessable("catalog.agency_cycle", agency.code());
            }
        }
        agencies.update(id, agency);
        events.publishEvent(new AgencyChanged(id, agency.code()));
        return agencies.find(id).orElseThrow();
    }

    /** An agency stops operating after {@code lastDay}; its codes and history stay. */
    public AgencyView retireAgency(UUID id, LocalDate lastDay) {
        AgencyView agency =
                agencies.find(id).orElseThrow(() -> DomainException.notFound("catalog.agency_not_found", id));
        return updateAgency(id, AgencyDraft.of(agency).withActiveTo(Objects.requireNonNullElse(lastDay, today())));
    }

    // counters

    /**
     * Seats an officer (a user id of the identity module) at a counter, keeping the others; the officer
     * leaves the counter they sat at before.
     */
    public CounterView seatOfficer(UUID counterId, UUID userId) {
        UUID centerId = agencies.counterCenter(counterId)
                .orElseThrow(() -> DomainException.notFound("catalog.counter_not_found", counterId));
        CounterView counter = agencies.counters(centerId).stream()
                .filter(c -> c.id().equals(counterId))
                .findFirst()
                .orElseThrow();
        java.util.Set<UUID> officers = new java.util.HashSet<>(counter.officerIds());
        officers.add(userId);
        return saveCounter(
                centerId,
                counterId,
                new CounterDraft(
                        counter.number(),
                        counter.name(),
                        counter.agencyIds(),
                        counter.fieldCodes(),
                        officers,
                        counter.active()));
    }

    public CounterView saveCounter(UUID centerId, UUID counterId, CounterDraft draft) {
        AgencyView center = agencies.find(centerId)
                .filter(AgencyView::isServiceCenter)
                .orElseThrow(() -> DomainException.notFound("catalog.center_not_found", centerId));
        UUID id = counterId == null ? UUID.randomUUID() : counterId;
        if (counterId != null
                && !agencies.counterCenter(counterId).map(centerId::equals).orElse(false)) {
            throw DomainException.notFound("catalog.counter_not_found", counterId);
        }
        Violations v = new Violations(rules.messages());
        v.require(Text.clean(draft.name()), "name");
        if (draft.number() < 1) {
            v.add("number", "catalog.at_least", 1);
        }
        v.throwIfInvalid();
        if (agencies.counterNumberTaken(center.id(), draft.number(), id)) {
            throw DomainException.conflict("catalog.duplicate_counter", draft.number());
        }
        Map<UUID, AgencyView> known = agencies.byId();
        Map<String, UUID> fields = agencies.fieldIdsByCode();
        draft.agencyIds().stream()
                .filter(a -> !known.containsKey(a))
                .forEach(a -> v.add("agencyIds", "catalog.unknown_agency", a));
        draft.fieldCodes().stream()
                .filter(f -> !fields.containsKey(f))
                .forEach(f -> v.add("fieldCodes", "catalog.unknown_field", f));
        v.throwIfAny("catalog.unknown_reference");
        agencies.saveCounter(
                id,
                center.id(),
                new CounterDraft(
                        draft.number(),
                        Text.clean(draft.name()),
                        draft.agencyIds(),
                        draft.fieldCodes(),
                        draft.officerIds(),
                        draft.active()));
        return agencies.counters(center.id()).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // procedures

    /** A new procedure with its first version as a draft; nothing is public until it is published. */
    public ProcedureView createProcedure(String code, ProcedureDraft draft) {
        String procedureCode = Text.clean(code);
        if (procedureCode == null) {
            Violations v = new Violations(rules.messages());
            v.add("code", "NotBlank");
            v.throwIfInvalid();
        }
        ProcedureDraft clean = Drafts.clean(draft);
        check(clean, null);
        if (procedures.headByCode(procedureCode).isPresent()) {
            throw DomainException.conflict("catalog.duplicate_procedure_code", procedureCode);
        }
        UUID id = UUID.randomUUID();
        procedures.insertHead(id, procedureCode, clean);
        UUID versionId = UUID.randomUUID();
        procedures.insertVersion(id, versionId, 1, clean, agencies.fieldIdsByCode());
        return procedures.load(versionId).orElseThrow();
    }

    /** Replaces the draft (creating it if needed); published versions are never changed. */
    public ProcedureView saveDraft(UUID procedureId, ProcedureDraft draft) {
        ProcedureRepository.ProcedureHead head = head(procedureId);
        ProcedureDraft clean = Drafts.clean(draft);
        check(clean, head.id());
        Optional<UUID> existing = procedures.draft(procedureId);
        int number = existing.flatMap(procedures::load)
                .map(ProcedureView::version)
                .orElseGet(() -> procedures.nextNumber(procedureId));
        procedures.deleteDraft(procedureId);
        UUID versionId = UUID.randomUUID();
        procedures.insertVersion(procedureId, versionId, number, clean, agencies.fieldIdsByCode());
        return procedures.load(versionId).orElseThrow();
    }

    /** Replaces the workflow of the draft, starting a draft from the latest version if there is none. */
    public ProcedureView saveWorkflow(UUID procedureId, List<WorkflowStepView> steps) {
        return saveDraft(procedureId, ProcedureDraft.of(editable(procedureId)).withSteps(steps));
    }

    /**
     * Replaces everything but the workflow of the draft (starting one from the latest version if there is
     * none). When the new time limit no longer matches the step budgets, the longest step takes the
     * difference — as the default workflow gives the appraisal what the leaders leave — so the
     * administrator is not caught between two forms each refusing the other's value.
     */
    public ProcedureView saveAttributes(UUID procedureId, ProcedureDraft attributes) {
        List<WorkflowStepView> steps = editable(procedureId).steps();
        return saveDraft(
                procedureId, attributes.withSteps(WorkflowTemplate.fitted(steps, attributes.processingTime())));
    }

    /**
     * Stores the blank form (mẫu đơn, tờ khai) of the draft's document number {@code order}: a PDF or an
     * office document (DOCX, XLSX, ODT) judged by its bytes, not by what the browser claims.
     */
    public ProcedureView attachTemplate(
            UUID procedureId, int order, String fileName, String claimedType, byte[] content) {
        ProcedureDraft draft = ProcedureDraft.of(editable(procedureId));
        if (draft.documents().stream().noneMatch(d -> d.order() == order)) {
            throw DomainException.notFound("catalog.document_not_found", order);
        }
        String name = Text.fileName(fileName, "mau-don");
        String field = "documents[" + (order - 1) + "].template";
        boolean accepted = ContentTypes.sniff(Arrays.copyOf(content, Math.min(content.length, 16)))
                .filter(kind -> kind == ContentTypes.PDF || kind == ContentTypes.OFFICE_ZIP)
                .filter(kind -> kind.matches(name, claimedType))
                .filter(kind -> kind.disguised(new org.springframework.core.io.ByteArrayResource(content))
                        .isEmpty())
                .isPresent();
        if (!accepted) {
            Violations v = new Violations(rules.messages());
            v.add(field, "catalog.template_type", name);
            v.throwIfAny("catalog.template_rejected", name);
        }
        String sha256 = files.store(new ByteArrayInputStream(content)).sha256();
        return saveDraft(
                procedureId,
                draft.withDocuments(draft.documents().stream()
                        .map(d -> d.order() == order ? d.withTemplate(name, sha256) : d)
                        .toList()));
    }

    public void discardDraft(UUID procedureId) {
        head(procedureId);
        procedures.deleteDraft(procedureId);
    }

    /**
     * Publishes the draft as a new version applying from {@code effectiveFrom} (today when not given).
     * Dossiers already received keep their version. Refused (422 {@code catalog.time_limit_missing}) while
     * a channel it is offered through has no legal time, neither its own nor the default.
     */
    public ProcedureView publish(UUID procedureId, LocalDate effectiveFrom) {
        ProcedureRepository.ProcedureHead head = head(procedureId);
        if (head.retiredFrom() != null) {
            throw DomainException.conflict("catalog.procedure_retired", head.code());
        }
        LocalDate from = effectiveFrom == null ? today() : effectiveFrom;
        if (from.isBefore(today())) {
            throw DomainException.unprocessable("catalog.effective_in_past", from);
        }
        UUID versionId = procedures
                .draft(procedureId)
                .orElseThrow(() -> DomainException.conflict("catalog.no_draft", head.code()));
        ProcedureView draft = procedures.load(versionId).orElseThrow();
        check(ProcedureDraft.of(draft), procedureId); // agencies may have changed since the draft was saved
        return publishVersion(procedureId, versionId, draft, from);
    }

    /** Publishes a stored version (from {@link #publish} or an import) once it may be published. */
    ProcedureView publishVersion(UUID procedureId, UUID versionId, ProcedureView version, LocalDate from) {
        rules.checkPublishable(ProcedureDraft.of(version));
        procedures.updateHead(procedureId, version.nationalCode(), version.competentAgencyId());
        procedures.publish(versionId, from, clock.instant());
        events.publishEvent(new ProcedurePublished(procedureId, versionId, version.version(), from));
        return procedures.load(versionId).orElseThrow();
    }

    /** No new dossiers from {@code from} (today when not given); received dossiers keep their version. */
    public void retireProcedure(UUID procedureId, LocalDate from) {
        head(procedureId);
        LocalDate day = from == null ? today() : from;
        procedures.retire(procedureId, day);
        events.publishEvent(new ProcedureRetired(procedureId, day));
    }

    private ProcedureRepository.ProcedureHead head(UUID procedureId) {
        return procedures
                .head(procedureId)
                .orElseThrow(() -> DomainException.notFound("catalog.procedure_not_found", procedureId));
    }

    /** The draft, or the latest published version a new draft starts from. */
    private ProcedureView editable(UUID procedureId) {
        return procedures
                .draft(procedureId)
                .or(() -> procedures.latestPublished(procedureId))
                .flatMap(procedures::load)
                .orElseThrow(() -> DomainException.notFound("catalog.procedure_not_found", procedureId));
    }

    private void check(ProcedureDraft draft, UUID procedureId) {
        rules.check(draft, agencies.byId(), agencies.fieldIdsByCode().keySet());
        Violations missing = new Violations(rules.messages());
        for (int i = 0; i < draft.documents().size(); i++) {
            RequiredDocumentView doc = draft.documents().get(i);
            if (doc.downloadable() && !files.exists(doc.templateSha256())) {
                missing.add("documents[" + i + "].templateSha256", "catalog.template_not_stored");
            }
        }
        missing.throwIfAny("catalog.unknown_reference");
        procedures
                .sameNationalCode(
                        draft.nationalCode(),
                        draft.competentAgencyId(),
                        procedureId == null ? new UUID(0, 0) : procedureId)
                .ifPresent(other -> {
                    throw DomainException.conflict("catalog.duplicate_national_code", draft.nationalCode());
                });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Vietnam.ZONE));
    }
}
