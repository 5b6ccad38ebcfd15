package org.motcua.postal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand.ReturnResult;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SystemModule;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.postal.CarrierClient.CarrierException;
import org.motcua.postal.CarrierClient.Created;
import org.motcua.postal.CarrierClient.Parcel;
import org.motcua.postal.CarrierClient.Party;
import org.motcua.postal.CarrierClient.StatusReport;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Vnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The postal module's door: addresses in the province, postage, sending a result by post (the carrier
 * order, then the dossier's return through its door), pickup of papers, delivery states and the label.
 */
@Component
public class Postal {

    private static final Logger log = LoggerFactory.getLogger(Postal.class);

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final AdministrativeUnits units;
    private final CarrierAccounts accounts;
    private final Shipments shipments;
    private final PostalSettings settings;
    private final LabelPdf labels;
    private final TransactionTemplate tx;
    private final java.time.Clock clock;

    Postal(
            Dossiers dossiers,
            Catalog catalog,
            AdministrativeUnits units,
            CarrierAccounts accounts,
            Shipments shipments,
            PostalSettings settings,
            LabelPdf labels,
            TransactionTemplate tx,
            java.time.Clock clock) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.units = units;
        this.accounts = accounts;
        this.shipments = shipments;
        this.settings = settings;
        this.labels = labels;
        this.tx = tx;
    }

    // ---- addresses and postage ---------------------------------------------------------------------

    /** The province served and its communes, for address forms. */
    public Province province() {
        return units.province();
    }

    /** The address checked against the province's communes (422 {@code postal.outside_province}). */
    public PostalAddress address(String provinceCode, String communeCode, String street) {
        return units.address(provinceCode, communeCode, street);
    }

    /** The structured address behind a dossier's delivery address, if it was chosen from the list. */
    public Optional<PostalAddress> parse(String deliveryAddress) {
        return units.parse(deliveryAddress);
    }

    /**
     * The postage to this address from the center: the carrier's quote, or the configured tariff when the
     * carrier gives none (or the center has no carrier account).
     */
    public Postage postage(UUID centerId, PostalAddress to) {
        Optional<CarrierAccounts.Account> account = accounts.forCenter(centerId);
        if (account.isPresent()) {
            try {
                long quoted = account.get()
                        .client()
                        .price(parcel(
                                "BAOGIA", Direction.RETURN, centerId, "Người nhận", null, to, settings.weightGrams()));
                return new Postage(account.get().carrier(), Vnd.of(quoted), true);
            } catch (CarrierException e) {
                log.warn("postage quote failed, tariff shown instead: {}", e.getMessage());
            }
        }
        return new Postage(
                account.map(CarrierAccounts.Account::carrier).orElse(null),
                Vnd.of(settings.tariff().postage(settings.weightGrams())),
                false);
    }

    /** Whether the center posts through a carrier account (else the counter types the number of a parcel posted by hand). */
    public boolean hasCarrier(UUID centerId) {
        return accounts.forCenter(centerId).isPresent();
    }

    // ---- reads ---------------------------------------------------------------------------------------

    /** The dossier's latest postal return, for the counter and the applicant (who may see the dossier). */
    public Optional<Shipment> returnOf(UUID dossierId) {
        return shipments.latest(dossierId, Direction.RETURN);
    }

    public Optional<Shipment> pickupOf(UUID dossierId) {
        return shipments.latest(dossierId, Direction.PICKUP);
    }

    /** Every order of the dossier and what the carrier reported, for the people who may see the dossier. */
    public List<Shipment> shipments(String code, CurrentUser user) {
        return shipments.all(dossiers.get(code, user).id());
    }

    /** Failed postal returns of the officer's centers, to deal with at the counter. */
    public List<Shipment> awaitingCounter(CurrentUser officer) {
        return shipments.awaitingCounter(officer.agencyIds());
    }

    /**
     * Postal returns of these centers created in [from, to), counted by their delivery state now: for reports
     * that need delivered and failed figures. The returns themselves are counted by statistics from the
     * dossier's {@code DossierReturned} (method {@code POSTAL}); this adds only what happened to the parcels.
     */
    public java.util.Map<DeliveryState, Long> returnsByState(
            java.util.Set<UUID> centers, java.time.LocalDate from, java.time.LocalDate to) {
        java.util.Map<DeliveryState, Long> counts = new java.util.EnumMap<>(DeliveryState.class);
        shipments
                .counts(centers, from.atStartOfDay(), to.atStartOfDay())
                .forEach(c -> counts.put(c.state(), c.count()));
        return counts;
    }

    /** Callbacks refused lately (bad token, unknown order, unreadable), newest first: administrators only. */
    public List<RefusedCallback> refusedCallbacks(CurrentUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw new DomainException("auth.forbidden", HttpStatus.FORBIDDEN);
        }
        return shipments.refusedCallbacks(200);
    }

    /** A carrier callback that was refused, as kept. */
    public record RefusedCallback(
            Carrier carrier, String account, String reason, String body, java.time.LocalDateTime at) {}

    // ---- sending -------------------------------------------------------------------------------------

    /**
     * Sends the dossier's result by post: the order is written, the carrier creates it (our reference is its
     * idempotency key), the tracking number is stored, then the dossier records the return through its door.
     * A carrier that times out leaves the order parked (retrying reuses the reference); a carrier that refuses
     * closes it with the reason. {@code to} replaces the dossier's address (null keeps it).
     */
    public Shipment sendResult(String code, PostalAddress to, CurrentUser officer) {
        desk(officer);
        DossierView d = dossiers.get(code, officer);
        if (d.deliveryMethod() != DeliveryMethod.POSTAL) {
            throw DomainException.unprocessable("postal.not_postal", d.code());
        }
        Optional<Shipment> last = shipments.latest(d.id(), Direction.RETURN);
        boolean resend = d.status() == DossierStatus.RETURNED
                && last.filter(s -> s.state() == DeliveryState.FAILED || s.state() == DeliveryState.RETURNED_TO_SENDER)
                        .isPresent();
        // Checked before the carrier is called: no parcel is ordered for a result that may not leave yet.
        if (!resend && d.fees() == DossierView.Fees.UNPAID) {
            throw DomainException.unprocessable("dossier.fees_unpaid", d.paymentDueVnd());
        }
        if (!resend && !d.allowedActions().contains(DossierAction.RETURN_RESULT.path())) {
            throw DomainException.conflict("postal.not_ready", d.code());
        }
        Shipment s = last.filter(l -> l.state() == DeliveryState.PREPARING
                        || (!resend && l.state() != DeliveryState.CANCELLED && !l.awaitsCounter()))
                .orElse(null);
        if (s == null) {
            PostalAddress address = to != null
                    ? to
                    : units.parse(d.deliveryAddress())
                            .orElseThrow(() -> DomainException.invalid(
                                    "postal.address_unstructured",
                                    List.of(new FieldError("commune", "NotBlank", null))));
            CarrierAccounts.Account account = accounts.forCenter(d.receivingCenterId())
                    .orElseThrow(() -> DomainException.unprocessable("postal.no_carrier"));
            if (resend) {
                last.ifPresent(l -> shipments.close(l.id(), "Gửi lại lần " + (l.attempt() + 1)));
            }
            s = shipments.prepare(
                    d.id(),
                    d.code(),
                    d.receivingCenterId(),
                    Direction.RETURN,
                    account.name(),
                    account.carrier(),
                    d.applicant().name(),
                    d.applicant().phone(),
                    address,
                    settings.weightGrams(),
                    officer.id());
        }
        if (s.state() == DeliveryState.PREPARING) {
            s = order(s, d.applicant() == null ? null : d.applicant().email());
        }
        if (!s.handedOver()) {
            s = handOver(s, resend ? null : Actor.person(officer));
        }
        return s;
    }

    /**
     * Asks the carrier to collect the applicant's papers at their address and bring them to the center
     * (thu gom hồ sơ), where the procedure offers postal submission. The applicant or the desk asks.
     */
    public Shipment requestPickup(
            String codeOrReference, PostalAddress from, boolean procedureOffersPost, CurrentUser user) {
        DossierView d = dossiers.get(codeOrReference, user);
        if (!procedureOffersPost) {
            throw DomainException.unprocessable("postal.pickup_not_offered");
        }
        if (d.status() != DossierStatus.NEW && d.status() != DossierStatus.SUPPLEMENT_BEFORE_RECEIPT) {
            throw DomainException.conflict("postal.pickup_too_late", d.status().name());
        }
        Optional<Shipment> last = shipments.latest(d.id(), Direction.PICKUP);
        Shipment s = last.filter(l -> l.state() != DeliveryState.CANCELLED && !l.awaitsCounter())
                .orElse(null);
        if (s == null) {
            PostalAddress address = from != null
                    ? from
                    : units.parse(d.applicant() == null ? null : d.applicant().address())
                            .orElseThrow(() -> DomainException.invalid(
                                    "postal.address_unstructured",
                                    List.of(new FieldError("commune", "NotBlank", null))));
            CarrierAccounts.Account account = accounts.forCenter(d.receivingCenterId())
                    .orElseThrow(() -> DomainException.unprocessable("postal.no_carrier"));
            s = shipments.prepare(
                    d.id(),
                    d.code() != null ? d.code() : d.reference(),
                    d.receivingCenterId(),
                    Direction.PICKUP,
                    account.name(),
                    account.carrier(),
                    d.applicant().name(),
                    d.applicant().phone(),
                    address,
                    settings.weightGrams(),
                    user.id());
        }
        if (s.state() == DeliveryState.PREPARING) {
            s = order(s, d.applicant().email());
        }
        return s;
    }

    /** A failed delivery dealt with at the counter (the applicant came to collect it, say). */
    public void closeFailed(String code, String note, CurrentUser officer) {
        desk(officer);
        DossierView d = dossiers.get(code, officer);
        Shipment s = shipments
                .latest(d.id(), Direction.RETURN)
                .filter(Shipment::awaitsCounter)
                .orElseThrow(() -> DomainException.conflict("postal.nothing_to_close", d.code()));
        String n = org.motcua.shared.Text.clean(note);
        if (n == null) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("note", "NotBlank", null)));
        }
        shipments.close(s.id(), n.length() > 500 ? n.substring(0, 500) : n);
    }

    /** The label (A6, 105 × 148 mm) with the tracking number as a barcode and a QR code. */
    public byte[] label(String code, CurrentUser user) {
        DossierView d = dossiers.get(code, user);
        Shipment s = shipments
                .latest(d.id(), Direction.RETURN)
                .filter(x -> x.trackingNumber() != null)
                .orElseThrow(() -> DomainException.notFound("postal.no_label", d.code()));
        AgencyView center = catalog.agency(s.centerId()).orElseThrow();
        return labels.render(s, center);
    }

    // ---- carrier reports -----------------------------------------------------------------------------

    /** A report from a carrier (callback, poll or the demo postman): stored once, then the state and the dossier follow. */
    Shipments.Applied report(Carrier carrier, StatusReport report, String source) {
        Shipments.Applied applied = shipments.report(carrier, report, source);
        if (applied.shipment() != null
                && applied.outcome() != Shipments.Outcome.DUPLICATE
                && applied.shipment().direction() == Direction.RETURN
                && !applied.shipment().handedOver()
                && applied.shipment().trackingNumber() != null
                && applied.shipment().state().carrierHasIt()) {
            try {
                handOver(applied.shipment(), Actor.system(SystemModule.POSTAL));
            } catch (DomainException e) {
                log.warn(
                        "postal return of {} not recorded: {}",
                        applied.shipment().dossierCode(),
                        e.code());
            }
        }
        return applied;
    }

    /** Asks each open order's carrier for news (the scheduled poll); returns how many reports changed a state. */
    int poll(int limit) {
        int changed = 0;
        for (Shipment s : shipments.open(limit)) {
            Optional<CarrierAccounts.Account> account = accounts.named(shipments.account(s.id()));
            if (account.isEmpty()) {
                continue;
            }
            try {
                if (s.state() == DeliveryState.PREPARING) {
                    order(s, null); // the carrier never answered: retry with the same reference
                    continue;
                }
                for (StatusReport r : account.get().client().track(s.trackingNumber(), s.reference())) {
                    if (report(account.get().carrier(), r, "POLL").outcome() == Shipments.Outcome.CHANGED) {
                        changed++;
                    }
                }
            } catch (CarrierException | DomainException e) {
                log.info("postal poll of {} skipped: {}", s.reference(), e.getMessage());
            }
        }
        for (Shipment s : shipments.notHandedOver(limit)) {
            if (s.state().carrierHasIt()) { // recorded once the post has the parcel
                try {
                    handOver(s, Actor.system(SystemModule.POSTAL));
                } catch (DomainException e) {
                    log.info("postal return of {} still not recorded: {}", s.dossierCode(), e.code());
                }
            }
        }
        return changed;
    }

    // ---- internals -----------------------------------------------------------------------------------

    private Shipment order(Shipment s, String email) {
        CarrierAccounts.Account account = accounts.named(shipments.account(s.id()))
                .orElseThrow(() -> DomainException.unprocessable("postal.no_carrier"));
        PostalAddress stored = shipments.address(s.id());
        PostalAddress to = units.address(stored.provinceCode(), stored.communeCode(), stored.street());
        Parcel parcel = parcel(
                s.reference(), s.direction(), s.centerId(), s.personName(), s.phone(), to, shipments.weight(s.id()));
        if (email != null) {
            Party person = s.direction() == Direction.RETURN ? parcel.receiver() : parcel.sender();
            Party withMail = new Party(
                    person.name(),
                    person.phone(),
                    email,
                    person.provinceCode(),
                    person.provinceName(),
                    person.communeCode(),
                    person.communeName(),
                    person.address());
            parcel = s.direction() == Direction.RETURN
                    ? new Parcel(
                            parcel.reference(),
                            parcel.direction(),
                            parcel.sender(),
                            withMail,
                            parcel.weightGrams(),
                            parcel.content())
                    : new Parcel(
                            parcel.reference(),
                            parcel.direction(),
                            withMail,
                            parcel.receiver(),
                            parcel.weightGrams(),
                            parcel.content());
        }
        if (!shipments.claim(
                s.id(),
                java.time.LocalDateTime.now(clock)
                        .plus(account.settings().timeout())
                        .plusSeconds(5))) {
            throw DomainException.conflict("postal.order_in_progress", s.dossierCode());
        }
        Created created;
        try {
            created = account.client().create(parcel);
        } catch (CarrierException e) {
            if (e.kind() == CarrierException.Kind.REFUSED) {
                shipments.refused(s.id(), e.getMessage());
                throw new DomainException(
                        "postal.carrier_refused",
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        account.carrier().displayName(),
                        e.getMessage());
            }
            shipments.parked(s.id(), e.getMessage());
            throw new DomainException(
                    "postal.carrier_unavailable",
                    HttpStatus.CONFLICT,
                    account.carrier().displayName());
        }
        return shipments.created(s.id(), created.trackingNumber(), created.postageVnd());
    }

    /** The dossier records the return with the tracking number, and the order is marked handed over, at once. */
    private Shipment handOver(Shipment s, Actor actor) {
        return tx.execute(status -> {
            DossierStatus now = dossiers.addressee(s.dossierId().toString())
                    .map(a -> a.status())
                    .orElseThrow();
            if (now != DossierStatus.RETURNED && actor != null) {
                dossiers.handle(
                        DossierRef.of(s.dossierCode()),
                        new ReturnResult(null, null, null, s.trackingNumber(), null),
                        actor);
            }
            if (now == DossierStatus.RETURNED || actor != null) {
                shipments.handedOver(s.id());
            }
            return shipments.get(s.id()).orElseThrow();
        });
    }

    private Parcel parcel(
            String reference,
            Direction direction,
            UUID centerId,
            String name,
            String phone,
            PostalAddress person,
            int grams) {
        AgencyView center = catalog.agency(centerId).orElseThrow();
        PostalAddress centerAddress = units.parse(center.address())
                .orElse(new PostalAddress(
                        units.province().code(),
                        units.province().name(),
                        units.province().communes().getFirst().code(),
                        units.province().communes().getFirst().name(),
                        center.address() == null ? center.name() : center.address()));
        Party centerParty = new Party(
                center.name(),
                center.phone(),
                center.email(),
                centerAddress.provinceCode(),
                centerAddress.provinceName(),
                centerAddress.communeCode(),
                centerAddress.communeName(),
                center.address() == null ? centerAddress.text() : center.address());
        Party personParty = new Party(
                name,
                phone,
                null,
                person.provinceCode(),
                person.provinceName(),
                person.communeCode(),
                person.communeName(),
                person.text());
        return direction == Direction.RETURN
                ? new Parcel(
                        reference, direction, centerParty, personParty, grams, "Kết quả giải quyết thủ tục hành chính")
                : new Parcel(reference, direction, personParty, centerParty, grams, "Hồ sơ thủ tục hành chính");
    }

    private static void desk(CurrentUser user) {
        if (user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            throw new DomainException("postal.desk_only", HttpStatus.FORBIDDEN);
        }
    }
}
