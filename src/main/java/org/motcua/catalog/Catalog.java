package org.motcua.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.documents.FileStore;
import org.motcua.shared.Vietnam;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as other modules read it: agencies, fields, procedures and the version of a procedure in
 * force on a date. Changes go through {@link CatalogAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;
    private final ProcedureSearch search;
    private final CatalogCache cache;
    private final FileStore files;
    private final Clock clock;

    Catalog(
            AgencyRepository agencies,
            ProcedureRepository procedures,
            ProcedureSearch search,
            CatalogCache cache,
            FileStore files,
            Clock clock) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.search = search;
        this.cache = cache;
        this.files = files;
        this.clock = clock;
    }

    /** The version in force today, unless the procedure is retired. */
    public Optional<ProcedureView> procedure(UUID procedureId) {
        LocalDate today = LocalDate.now(clock.withZone(Vietnam.ZONE));
        return cache.head(procedureId, procedures::head)
                .filter(p -> p.retiredFrom() == null || p.retiredFrom().isAfter(today))
                .flatMap(p -> procedureAt(procedureId, today));
    }

    /** The version that applied on {@code date} (a dossier received that day is handled under it). */
    public Optional<ProcedureView> procedureAt(UUID procedureId, LocalDate date) {
        return cache.versionInForce(procedureId, date, procedures::versionInForce)
                .flatMap(this::procedureVersion);
    }

    /** Any version, published or draft; dossiers keep the version they were received under. */
    public Optional<ProcedureView> procedureVersion(UUID versionId) {
        return cache.version(versionId, procedures::load);
    }

    /** The version in force today with the agencies it names. */
    public Optional<ProcedureDetails> details(UUID procedureId) {
        return procedure(procedureId).map(this::details);
    }

    public ProcedureDetails details(ProcedureView procedure) {
        Map<UUID, AgencyView> all = agencies.byId();
        List<AgencyView> centers = procedure.receivedAtEveryCenter()
                ? all.values().stream().filter(AgencyView::isServiceCenter).toList()
                : procedure.receivingCenterIds().stream()
                        .map(all::get)
                        .sorted(Comparator.comparing(AgencyView::code))
                        .toList();
        List<AgencyView> partners = procedure.lienThongPartnerIds().stream()
                .map(all::get)
                .sorted(Comparator.comparing(AgencyView::code))
                .toList();
        Map<UUID, String> names = new HashMap<>();
        procedure
                .steps()
                .forEach(s -> names.put(
                        s.responsibleAgencyId(),
                        all.get(s.responsibleAgencyId()).name()));
        partners.forEach(p -> names.put(p.id(), p.name()));
        return new ProcedureDetails(procedure, all.get(procedure.competentAgencyId()), centers, partners, names);
    }

    /**
     * The uploaded blank form of document {@code order} of a published version (a citizen may download it
     * from any version, as a dossier keeps its version); drafts are not public.
     */
    public Optional<TemplateFile> template(UUID versionId, int order) {
        return procedureVersion(versionId)
                .filter(v -> v.status() == VersionStatus.PUBLISHED)
                .flatMap(v -> v.documents().stream()
                        .filter(d -> d.order() == order && d.downloadable())
                        .findFirst())
                .flatMap(d -> files.open(d.templateSha256()).map(in -> new TemplateFile(d.templateFileName(), in)));
    }

    public Optional<ProcedureView> procedureByCode(String code) {
        return procedures.headByCode(code).flatMap(p -> procedure(p.id()));
    }

    /**
     * The procedure known by its code in the national database, at this competent agency (several agencies
     * publish the same national procedure); any agency's when {@code agencyId} is null and only one has it.
     */
    public Optional<ProcedureView> procedureByNationalCode(String nationalCode, UUID agencyId) {
        var heads = procedures.headsByNationalCode(nationalCode);
        return heads.stream()
                .filter(h -> agencyId == null ? heads.size() == 1 : agencyId.equals(h.competentAgencyId()))
                .findFirst()
                .flatMap(h -> procedure(h.id()));
    }

    public List<ProcedureVersionSummary> versionHistory(UUID procedureId) {
        return procedures.history(procedureId);
    }

    /** The draft being edited, if any. */
    public Optional<ProcedureView> draft(UUID procedureId) {
        return procedures.draft(procedureId).flatMap(procedures::load);
    }

    public ProcedureSearchResult search(ProcedureQuery query) {
        Set<UUID> scope = query.agencyId() == null ? null : agencies.selfAndDescendants(query.agencyId());
        return search.search(query, scope, LocalDate.now(clock.withZone(Vietnam.ZONE)));
    }

    public Optional<AgencyView> agency(UUID agencyId) {
        return cache.agency(agencyId, agencies::find);
    }

    /** By the current code or a code the agency had before a merger or re-coding. */
    public Optional<AgencyView> agencyByCode(String code) {
        return agencies.findByCode(code);
    }

    /** The agency and every unit below it, for "an officer sees their agency and its sub-units". */
    public Set<UUID> agencyAndDescendants(UUID agencyId) {
        return cache.selfAndDescendants(agencyId, agencies::selfAndDescendants);
    }

    /**
     * The agencies an officer serving {@code agencyIds} covers: each with everything below it. One agency's
     * cached subtree is answered as is, without a copy (most officers serve one; it is asked per action).
     */
    public Set<UUID> agenciesAndDescendants(Set<UUID> agencyIds) {
        if (agencyIds.size() == 1) {
            return agencyAndDescendants(agencyIds.iterator().next());
        }
        Set<UUID> scope = new java.util.HashSet<>();
        for (UUID agency : agencyIds) {
            scope.addAll(agencyAndDescendants(agency));
        }
        return scope;
    }

    public List<AgencyView> agencies() {
        return cache.all(agencies::findAll);
    }

    public List<AgencyNode> agencyTree() {
        return AgencyRepository.tree(agencies());
    }

    public List<FieldView> fields() {
        return agencies.fields();
    }

    public List<CounterView> counters(UUID centerId) {
        return agencies.counters(centerId);
    }

    public Optional<CounterView> counter(UUID counterId) {
        return agencies.counter(counterId);
    }

    /** The counter an officer (a user id of the identity module) sits at, if any. */
    public Optional<CounterView> counterOf(UUID userId) {
        return agencies.counterOf(userId);
    }

    /** The default internal workflow a new procedure starts from, spread over {@code time}. */
    public List<WorkflowStepView> defaultWorkflow(UUID competentAgencyId, UUID receivingCenterId, ProcessingTime time) {
        return WorkflowTemplate.steps(competentAgencyId, receivingCenterId, time);
    }
}
