package org.motcua.dossier.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierRef;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Finds dossiers (by code, readable reference or id) for those who may see them, and saves one with what
 * its actions produced — the history rows and the forms they issue — in the caller's transaction. The
 * events the actions registered are published by the save, into the event publication registry.
 */
@Component
public class DossierStore {

    private final DossierRepository dossiers;
    private final DossierHistory history;
    private final DossierForms forms;
    private final DossierPermissions permissions;
    private final Catalog catalog;
    private final Clock clock;
    private final AuditTrail audit;

    DossierStore(
            DossierRepository dossiers,
            DossierHistory history,
            DossierForms forms,
            DossierPermissions permissions,
            Catalog catalog,
            Clock clock,
            AuditTrail audit) {
        this.dossiers = dossiers;
        this.history = history;
        this.forms = forms;
        this.permissions = permissions;
        this.catalog = catalog;
        this.clock = clock;
        this.audit = audit;
    }

    /** The dossier if the actor may see it; one they may not see does not exist for them (404). */
    public Dossier visible(DossierRef ref, Actor actor) {
        return find(ref)
                .filter(d -> permissions.canSee(actor, d))
                .orElseThrow(() -> DomainException.notFound("dossier.not_found", ref.value()));
    }

    /**
     * The dossier if the person may see it, to show it to them (a page, the API, a file of it): the one
     * place where a person reads a dossier, so the audit trail records the read here.
     */
    public Dossier visible(String codeReferenceOrId, CurrentUser user) {
        Dossier d = find(DossierRef.of(codeReferenceOrId))
                .filter(found -> permissions.canSee(user, found))
                .orElseThrow(() -> DomainException.notFound("dossier.not_found", codeReferenceOrId));
        return shown(d);
    }

    /** Records in the audit trail that the current person was shown {@code d}'s personal data. */
    public Dossier shown(Dossier d) {
        audit.read(auditSubject(d));
        return d;
    }

    public Optional<Dossier> find(DossierRef ref) {
        String key = ref == null ? null : ref.value();
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return dossiers.findById(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            Optional<Dossier> byCode = dossiers.findByCode(key);
            return byCode.isPresent() ? byCode : dossiers.findByReference(key.toUpperCase());
        }
    }

    public Optional<Dossier> findById(UUID id) {
        return dossiers.findById(id);
    }

    /** The latest dossiers (newest first) whose applicant has this ID number or tax code. */
    public List<Dossier> latestOfApplicant(String idNumber, int limit) {
        return dossiers.latestOfApplicant(idNumber, limit);
    }

    /** The procedure version the dossier was submitted under (it keeps it for life). */
    public ProcedureView procedureOf(Dossier d) {
        return catalog.procedureVersion(d.procedureVersionId())
                .orElseThrow(() -> new IllegalStateException("procedure version missing: " + d.procedureVersionId()));
    }

    /**
     * Saves the dossier and appends a history row per action, capturing the forms those actions produce
     * ({@code signer}: who signs them for the agency, null for the officer acting).
     */
    public Dossier save(Dossier d, ActedBy by, String signer) {
        List<Transition> made = d.transitions();
        boolean submitted = d.version() == null;
        Dossier saved = dossiers.save(d);
        String actor = by.isSystem() ? "system:" + by.system().id() : null;
        if (submitted) {
            audit.changed(actor, "submit", auditSubject(saved), String.valueOf(saved.channel()));
        }
        for (Transition t : made) {
            long id = history.append(saved.id(), t, by);
            forms.capture(saved, new DossierHistory.Entry(id, t, by), signer);
            audit.changed(
                    actor,
                    t.action().path(),
                    auditSubject(saved),
                    t.from() == null ? String.valueOf(t.to()) : t.from() + "->" + t.to());
        }
        return saved;
    }

    /** A dossier in the audit trail: its code and reference, and whose data it holds (ID number or tax code). */
    private static AuditTrail.Subject auditSubject(Dossier d) {
        Applicant a = d.applicant();
        return AuditTrail.Subject.dossier(
                d.code(),
                d.reference() != null ? d.reference() : d.id().toString(),
                a == null ? null : a.idNumber() != null ? a.idNumber() : a.taxCode());
    }

    public List<DossierHistory.Entry> history(UUID dossierId) {
        return history.of(dossierId);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
    }
}
