package org.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.internal.Dossier;
import org.motcua.dossier.internal.DossierHistory;
import org.motcua.dossier.internal.DossierRepository;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking without sign-in, by code plus the applicant's ID number (or tax code): the status, the
 * timeline of steps with their deadlines, the appointment and where to collect the result. Nothing
 * personal is shown beyond what the applicant typed; a wrong ID number looks like an unknown code.
 */
@Component
public class PublicTracking {

    /** Look-ups per client address and minute: enough for a person, too few to guess ID numbers. */
    private static final int PER_MINUTE = 20;

    public record Step(String action, LocalDateTime at, Integer step, LocalDateTime dueInForce, StepVerdict verdict) {}

    public record Place(String name, String address, String phone) {}

    public record View(
            String code,
            String procedureName,
            DossierStatus status,
            int portalStatus,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime finishedAt,
            LocalDateTime returnedAt,
            DeliveryMethod deliveryMethod,
            Place collectAt,
            List<Step> timeline,
            PostalDeliveries.PostalDelivery postal) {}

    private final DossierRepository dossiers;
    private final DossierHistory history;
    private final Catalog catalog;
    private final PerMinuteLimit lookups;
    private final AuditTrail audit;
    private final ObjectProvider<PostalDeliveries> postal;

    PublicTracking(
            DossierRepository dossiers,
            DossierHistory history,
            Catalog catalog,
            Clock clock,
            AuditTrail audit,
            ObjectProvider<PostalDeliveries> postal) {
        this.postal = postal;
        this.dossiers = dossiers;
        this.history = history;
        this.catalog = catalog;
        this.lookups = new PerMinuteLimit(PER_MINUTE, clock);
        this.audit = audit;
    }

    /**
     * The dossier with this code if {@code idNumber} is its applicant's ID number or tax code; empty
     * otherwise. {@code client} (the caller's address) is limited to a few look-ups a minute (429).
     */
    @Transactional(readOnly = true)
    public Optional<View> track(String code, String idNumber, String client) {
        lookups.check(client);
        if (code == null || idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        String given = idNumber.strip().toUpperCase();
        return dossiers.findByCode(code.strip())
                .filter(d -> d.applicant() != null
                        && (given.equals(d.applicant().idNumber())
                                || given.equals(d.applicant().taxCode())))
                .map(d -> {
                    // who looked the dossier up, from where: anonymous, with the caller's address
                    audit.read(AuditTrail.Subject.dossier(d.code(), d.reference(), given));
                    return view(d);
                });
    }

    private View view(Dossier d) {
        // A result sent by post is not collected at the center: the parcel's state and number instead.
        boolean byPost = d.deliveryMethod() == DeliveryMethod.POSTAL;
        Place place = byPost
                ? null
                : catalog.agency(d.receivingCenterId())
                        .map((AgencyView a) -> new Place(a.name(), a.address(), a.phone()))
                        .orElse(null);
        List<Step> timeline = history.of(d.id()).stream()
                .map(e -> e.transition())
                .map(t -> new Step(t.action().path(), t.at(), t.toStep(), t.dueInForce(), t.stepVerdict()))
                .toList();
        return new View(
                d.code(),
                d.procedureName(),
                d.status(),
                d.status().portalCode(),
                d.receivedAt(),
                d.dueAt(),
                d.finishedAt(),
                d.returnedAt(),
                d.deliveryMethod(),
                place,
                timeline,
                byPost ? postalDelivery(d) : null);
    }

    /**
     * The parcel as the postal module follows it; for a result posted by hand (no carrier account), the
     * tracking number the counter recorded, with no state.
     */
    private PostalDeliveries.PostalDelivery postalDelivery(Dossier d) {
        return postal.stream()
                .findFirst()
                .flatMap(p -> p.of(d.id()))
                .orElseGet(() -> d.handOver() == null || d.handOver().trackingNumber() == null
                        ? null
                        : new PostalDeliveries.PostalDelivery(
                                null, null, d.handOver().trackingNumber(), null, d.returnedAt()));
    }
}
