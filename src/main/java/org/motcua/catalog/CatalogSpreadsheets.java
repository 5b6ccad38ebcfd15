package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Vietnam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import and export of the catalog template (docs/catalog-import.md) against the database.
 *
 * <p>An import is one transaction: agencies and fields are created or updated by code, a procedure
 * whose content differs from its latest version gets a new published version, an identical one is left
 * alone (so importing an export, or the demo file twice, changes nothing). A dry run performs the same
 * work and rolls it back, so it also reports conflicts with what is already stored.
 */
@Service
public class CatalogSpreadsheets {

    private final AgencyRepository agencies;
    private final ProcedureRepository procedures;
    private final ProcedureRules rules;
    private final CatalogAdministration administration;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CatalogSpreadsheets(
            AgencyRepository agencies,
            ProcedureRepository procedures,
            ProcedureRules rules,
            CatalogAdministration administration,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.rules = rules;
        this.administration = administration;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reads an .xlsx workbook or, when the names end in .csv, one CSV file per sheet. */
    public static CatalogImport read(Map<String, InputStream> files) {
        try {
            if (files.size() == 1
                    && !files.keySet().iterator().next().toLowerCase().endsWith(".csv")) {
                return CatalogWorkbook.read(files.values().iterator().next());
            }
            return CatalogWorkbook.readCsv(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies a catalog file, or only checks it when {@code dryRun}.
     *
     * @throws DomainException 422 {@code catalog.import_rejected} listing every problem, when a real
     *     import has any; nothing is written then
     */
    public ImportReport importCatalog(CatalogImport file, boolean dryRun) {
        if (file.hasProblems()) {
            if (dryRun) {
                return new ImportReport(true, false, file.problems(), null);
            }
            throw rejected(file.problems());
        }
        try {
            CatalogImported changes = transactions.execute(status -> {
                CatalogImported applied = apply(file);
                if (dryRun) {
                    status.setRollbackOnly();
                } else {
                    events.publishEvent(applied);
                }
                return applied;
            });
            return new ImportReport(dryRun, !dryRun, List.of(), changes);
        } catch (DomainException e) {
            if (!dryRun) {
                throw e;
            }
            // a conflict with the stored catalog (e.g. a national code another procedure already has)
            ImportProblem problem = new ImportProblem(
                    "ThuTuc",
                    0,
                    null,
                    ImportProblemCode.DUPLICATE_CODE,
                    rules.messages()
                            .getMessage(
                                    "problem." + e.code() + ".detail",
                                    e.args(),
                                    e.code(),
                                    org.motcua.shared.Languages.VIETNAMESE),
                    rules.messages()
                            .getMessage(
                                    "problem." + e.code() + ".detail", e.args(), e.code(), java.util.Locale.ENGLISH));
            return new ImportReport(true, false, List.of(problem), null);
        }
    }

    private static DomainException rejected(List<ImportProblem> problems) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<FieldError> errors = problems.stream()
                .map(p -> new FieldError(
                        p.sheet() + "!" + p.row() + (p.column() == null ? "" : "!" + p.column()),
                        p.code().key(),
                        english ? p.messageEn() : p.messageVi()))
                .toList();
        return new DomainException("catalog.import_rejected", HttpStatus.UNPROCESSABLE_ENTITY, errors, problems.size());
    }

    private CatalogImported apply(CatalogImport file) {
        int fieldsCreated = 0;
        for (FieldRow field : file.fields()) {
            fieldsCreated += agencies.saveField(field.code(), field.name()) ? 1 : 0;
        }
        // agencies: find or create every one first, then set parents (rows may come in any order)
        Map<String, UUID> agencyIds = new HashMap<>();
        java.util.Set<UUID> created = new java.util.HashSet<>();
        for (AgencyRow row : file.agencies()) {
            Optional<UUID> existing = agencies.codeOwner(row.code());
            for (String previous : row.previousCodes()) {
                existing = existing.or(() -> agencies.codeOwner(previous));
            }
            UUID id = existing.orElseGet(UUID::randomUUID);
            if (existing.isEmpty()) {
                agencies.insert(id, agencyDraft(row, null, null));
                created.add(id);
                events.publishEvent(new AgencyChanged(id, row.code()));
            }
            agencyIds.put(row.code(), id);
        }
        int agenciesUpdated = 0;
        for (AgencyRow row : file.agencies()) {
            UUID id = agencyIds.get(row.code());
            AgencyView stored = agencies.find(id).orElseThrow();
            AgencyDraft wanted = agencyDraft(row, agencyIds.get(row.parentCode()), stored);
            if (!wanted.equals(AgencyDraft.of(stored))) {
                agencies.update(id, wanted);
                agenciesUpdated += created.contains(id) ? 0 : 1;
                events.publishEvent(new AgencyChanged(id, row.code()));
            }
            row.previousCodes().forEach(code -> agencies.linkPreviousCode(id, code));
        }
        int proceduresCreated = 0;
        int published = 0;
        int unchanged = 0;
        LocalDate today = LocalDate.now(clock.withZone(Vietnam.ZONE));
        Map<String, List<RequiredDocumentRow>> documents =
                byProcedure(file.documents(), RequiredDocumentRow::procedureCode);
        Map<String, List<FeeRow>> fees = byProcedure(file.fees(), FeeRow::procedureCode);
        Map<String, List<WorkflowStepRow>> steps = byProcedure(file.workflowSteps(), WorkflowStepRow::procedureCode);
        Map<UUID, AgencyView> known = agencies.byId();
        java.util.Set<String> fieldCodes = agencies.fieldIdsByCode().keySet();
        Map<String, UUID> fieldIds = agencies.fieldIdsByCode();
        for (ProcedureRow row : file.procedures()) {
            ProcedureDraft imported = Drafts.clean(CatalogRows.draft(
                    row,
                    documents.getOrDefault(row.code(), List.of()),
                    fees.getOrDefault(row.code(), List.of()),
                    steps.getOrDefault(row.code(), List.of()),
                    agencyIds));
            rules.check(imported, known, fieldCodes);
            Optional<ProcedureRepository.ProcedureHead> head = procedures.headByCode(row.code());
            Optional<ProcedureView> latest =
                    head.flatMap(h -> procedures.latestPublished(h.id())).flatMap(procedures::load);
            ProcedureDraft draft =
                    latest.map(l -> Drafts.keepTemplates(imported, l)).orElse(imported);
            UUID procedureId = head.map(ProcedureRepository.ProcedureHead::id).orElseGet(UUID::randomUUID);
            procedures
                    .sameNationalCode(draft.nationalCode(), draft.competentAgencyId(), procedureId)
                    .ifPresent(other -> {
                        throw DomainException.conflict("catalog.duplicate_national_code", draft.nationalCode());
                    });
            if (latest.isPresent() && ProcedureDraft.of(latest.get()).equals(draft)) {
                unchanged++;
                continue;
            }
            LocalDate from = row.effectiveFrom() == null ? today : row.effectiveFrom();
            if (head.isEmpty()) {
                procedures.insertHead(procedureId, row.code(), draft);
                proceduresCreated++;
            } else {
                from = from.isBefore(today) ? today : from; // a change never rewrites what applied in the past
                procedures.deleteDraft(procedureId);
            }
            UUID versionId = UUID.randomUUID();
            procedures.insertVersion(procedureId, versionId, procedures.nextNumber(procedureId), draft, fieldIds);
            administration.publishVersion(
                    procedureId, versionId, procedures.load(versionId).orElseThrow(), from);
            published++;
        }
        return new CatalogImported(
                created.size(), agenciesUpdated, fieldsCreated, proceduresCreated, published, unchanged);
    }

    /** The whole catalog (agencies, fields, the latest version of every procedure not retired). */
    public CatalogImport export() {
        return transactions.execute(status -> {
            List<AgencyView> all = agencies.findAll();
            Map<UUID, String> codes = new HashMap<>();
            all.forEach(a -> codes.put(a.id(), a.code()));
            List<AgencyRow> agencyRows =
                    all.stream().map(a -> CatalogRows.agency(a, codes)).toList();
            List<FieldRow> fieldRows = agencies.fields().stream()
                    .sorted(Comparator.comparing(FieldView::code))
                    .map(f -> new FieldRow(f.code(), f.name()))
                    .toList();
            List<ProcedureRow> procedureRows = new ArrayList<>();
            List<RequiredDocumentRow> documentRows = new ArrayList<>();
            List<FeeRow> feeRows = new ArrayList<>();
            List<WorkflowStepRow> stepRows = new ArrayList<>();
            for (ProcedureRepository.ProcedureHead head : procedures.heads()) {
                procedures.latestPublished(head.id()).flatMap(procedures::load).ifPresent(v -> {
                    procedureRows.add(CatalogRows.procedure(v, codes));
                    v.documents().forEach(d -> documentRows.add(CatalogRows.document(v.code(), d)));
                    v.fees().forEach(f -> feeRows.add(CatalogRows.fee(v.code(), f)));
                    v.steps().forEach(s -> stepRows.add(CatalogRows.step(v.code(), s, codes)));
                });
            }
            return new CatalogImport(agencyRows, fieldRows, procedureRows, documentRows, feeRows, stepRows, List.of());
        });
    }

    private static AgencyDraft agencyDraft(AgencyRow row, UUID parentId, AgencyView stored) {
        return new AgencyDraft(
                row.code(),
                parentId,
                row.name(),
                row.shortName(),
                row.level(),
                row.type(),
                row.address(),
                row.phone(),
                row.email(),
                stored == null ? null : stored.workingHours(),
                stored == null ? null : stored.activeFrom(),
                stored == null ? null : stored.activeTo());
    }

    private static <R> Map<String, List<R>> byProcedure(List<R> rows, java.util.function.Function<R, String> code) {
        Map<String, List<R>> grouped = new HashMap<>();
        rows.forEach(r ->
                grouped.computeIfAbsent(code.apply(r), k -> new ArrayList<>()).add(r));
        return grouped;
    }
}
