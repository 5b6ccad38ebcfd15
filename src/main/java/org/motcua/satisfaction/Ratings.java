package org.motcua.satisfaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CounterView;
import org.motcua.dossier.Addressee;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.satisfaction.RatingStore.Returned;
import org.motcua.satisfaction.RatingStore.Stored;
import org.motcua.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings' door. Three ways in, one rule: only a dossier whose result was returned is rated, once,
 * and the rating may be changed until {@code motcua.satisfaction.change-window} after it was first given.
 * Who may rate: whoever holds the dossier's signed link; the applicant signed in on the portal (their own
 * dossier only); the person at the counter tablet, for the dossier an officer of that counter has just
 * returned.
 */
@Service
public class Ratings {

    private final RatingStore store;
    private final RatingLinks links;
    private final Catalog catalog;
    private final Dossiers dossiers;
    private final SatisfactionSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Ratings(
            RatingStore store,
            RatingLinks links,
            Catalog catalog,
            Dossiers dossiers,
            SatisfactionSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.links = links;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** A tablet bound to a counter, and the dossier it offers for rating now (null: none). */
    public record CounterTablet(UUID counterId, int number, String name, RateableDossier current) {}

    // --- the message's signed link

    @Transactional(readOnly = true)
    public RateableDossier byLink(String token) {
        return view(returned(dossierOf(token)));
    }

    @Transactional
    public Rating rateByLink(String token, RatingForm form) {
        return rate(returned(dossierOf(token)), form, RatingSource.LINK);
    }

    // --- the portal

    @Transactional(readOnly = true)
    public RateableDossier ofApplicant(String code, CurrentUser user) {
        return view(returned(ownDossier(code, user)));
    }

    @Transactional
    public Rating rateAsApplicant(String code, CurrentUser user, RatingForm form) {
        return rate(returned(ownDossier(code, user)), form, RatingSource.PORTAL);
    }

    // --- the counter tablet

    @Transactional(readOnly = true)
    public CounterTablet atCounter(UUID counterId, String key) {
        CounterView counter = counter(counterId, key);
        return new CounterTablet(
                counter.id(),
                counter.number(),
                counter.name(),
                current(counter).map(this::view).orElse(null));
    }

    @Transactional
    public Rating rateAtCounter(UUID counterId, String key, UUID dossierId, RatingForm form) {
        CounterView counter = counter(counterId, key);
        Returned current = current(counter)
                .filter(r -> r.dossierId().equals(dossierId))
                .orElseThrow(() -> DomainException.conflict("satisfaction.not_at_counter"));
        return rate(current, form, RatingSource.COUNTER);
    }

    /** The rating of a dossier, if given (for the pages that show a dossier). */
    @Transactional(readOnly = true)
    public Optional<Rating> of(UUID dossierId) {
        return store.rating(dossierId, false).map(this::rating);
    }

    // --- the rule

    private Rating rate(Returned dossier, RatingForm form, RatingSource source) {
        form.validated();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Stored> before = store.rating(dossier.dossierId(), true);
        Stored saved;
        if (before.isPresent()) {
            Stored b = before.get();
            if (now.isAfter(changeableUntil(b))) {
                throw DomainException.conflict("satisfaction.already_rated");
            }
            saved = stored(dossier, form, source, b.firstRatedAt(), now, b.revision() + 1);
            store.update(saved);
        } else {
            saved = stored(dossier, form, source, now, now, 1);
            if (!store.insert(saved)) {
                // rated at the same moment from elsewhere: that rating stands, this one is a change of it
                return rate(dossier, form, source);
            }
        }
        events.publishEvent(new DossierRated(
                dossier.dossierId(),
                dossier.code(),
                dossier.procedureId(),
                dossier.fieldCode(),
                dossier.competentAgencyId(),
                dossier.receivingCenterId(),
                dossier.officerId(),
                form.grade(),
                before.map(Stored::grade).orElse(null),
                saved.revision(),
                source,
                saved.firstRatedAt(),
                saved.ratedAt()));
        return rating(saved);
    }

    private static Stored stored(
            Returned d, RatingForm f, RatingSource source, LocalDateTime first, LocalDateTime at, int revision) {
        return new Stored(
                d.dossierId(),
                f.grade(),
                f.reason(),
                f.attitude(),
                f.timeliness(),
                f.guidance(),
                f.procedure(),
                source,
                d.officerId(),
                first,
                at,
                revision);
    }

    private UUID dossierOf(String token) {
        return links.dossierOf(token).orElseThrow(() -> DomainException.notFound("satisfaction.link_invalid"));
    }

    /** The applicant's own dossier; anyone else's is not found, as everywhere. */
    private UUID ownDossier(String code, CurrentUser user) {
        Addressee dossier = dossiers.addressee(code)
                .filter(a -> user != null && user.id().equals(a.applicantAccountId()))
                .orElseThrow(() -> DomainException.notFound("satisfaction.dossier_not_found", code));
        return dossier.dossierId();
    }

    private Returned returned(UUID dossierId) {
        return store.returned(dossierId)
                .orElseThrow(() -> new DomainException("satisfaction.not_returned", HttpStatus.UNPROCESSABLE_ENTITY));
    }

    private CounterView counter(UUID counterId, String key) {
        if (counterId == null || !links.isCounterKey(counterId, key)) {
            throw DomainException.notFound("satisfaction.counter_unknown");
        }
        return catalog.counter(counterId).orElseThrow(() -> DomainException.notFound("satisfaction.counter_unknown"));
    }

    private Optional<Returned> current(CounterView counter) {
        return store.lastReturnedBy(
                counter.officerIds(), LocalDateTime.now(clock).minus(settings.counterWindow()));
    }

    private RateableDossier view(Returned r) {
        Rating rating = of(r.dossierId()).orElse(null);
        boolean changeable = rating == null || !LocalDateTime.now(clock).isAfter(rating.changeableUntil());
        return new RateableDossier(
                r.dossierId(),
                r.code(),
                r.procedureId(),
                r.procedureCode(),
                r.officerId(),
                r.officerName(),
                r.returnedAt(),
                rating,
                changeable);
    }

    private LocalDateTime changeableUntil(Stored s) {
        return s.firstRatedAt().plus(settings.changeWindow());
    }

    private Rating rating(Stored s) {
        return new Rating(
                s.dossierId(),
                s.grade(),
                s.reason(),
                s.attitude(),
                s.timeliness(),
                s.guidance(),
                s.procedure(),
                s.source(),
                s.officerId(),
                s.firstRatedAt(),
                s.ratedAt(),
                s.revision(),
                changeableUntil(s));
    }
}
