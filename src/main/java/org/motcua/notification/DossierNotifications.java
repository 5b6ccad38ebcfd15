package org.motcua.notification;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.Addressee;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierEvents.DossierAssigned;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierRefused;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.StepDueSoon;
import org.motcua.dossier.DossierEvents.StepOverdue;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.HandOver;
import org.motcua.identity.Users;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.notification.Mailroom.Recipient;
import org.motcua.satisfaction.RatingLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the applicant at each milestone of their dossier, and to the officer of its current step when
 * it is assigned, comes due or is overdue. Fed by the dossier events through the event publication registry
 * (after the dossier's commit, in a transaction of its own; an event not yet handled when the application
 * stops is handled after the restart). Delivered twice, an event adds no second message: the outbox is
 * keyed by the event.
 */
@Component
class DossierNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Users users;
    private final Mailroom mailroom;
    private final NotificationPreferences preferences;
    private final MessageSource messages;
    private final RatingLinks ratingLinks;
    private final String baseUrl;

    DossierNotifications(
            Dossiers dossiers,
            Catalog catalog,
            Users users,
            Mailroom mailroom,
            NotificationPreferences preferences,
            MessageSource messages,
            RatingLinks ratingLinks,
            @Value("${motcua.public-base-url}") String baseUrl) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.users = users;
        this.mailroom = mailroom;
        this.preferences = preferences;
        this.messages = messages;
        this.ratingLinks = ratingLinks;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // One listener per event type written about: the registry records a publication per listener and event,
    // so events no message is written about (forward, approve …) cost this module nothing.

    @ApplicationModuleListener
    void onReceived(DossierReceived event) {
        on(event);
    }

    @ApplicationModuleListener
    void onSupplementRequested(SupplementRequested event) {
        on(event);
    }

    @ApplicationModuleListener
    void onSupplementSubmitted(SupplementSubmitted event) {
        on(event);
    }

    @ApplicationModuleListener
    void onExtended(DossierExtended event) {
        on(event);
    }

    @ApplicationModuleListener
    void onRefused(DossierRefused event) {
        on(event);
    }

    @ApplicationModuleListener
    void onResolved(DossierResolved event) {
        on(event);
    }

    @ApplicationModuleListener
    void onReturned(DossierReturned event) {
        on(event);
    }

    @ApplicationModuleListener
    void onStopped(DossierStopped event) {
        on(event);
    }

    @ApplicationModuleListener
    void onAssigned(DossierAssigned event) {
        on(event);
    }

    @ApplicationModuleListener
    void onStepDueSoon(StepDueSoon event) {
        on(event);
    }

    @ApplicationModuleListener
    void onStepOverdue(StepOverdue event) {
        on(event);
    }

    /** Writes the messages an event calls for (none for the events no trigger names). */
    void on(DossierEvent event) {
        Trigger trigger = trigger(event);
        if (trigger == null) {
            return;
        }
        DossierFacts facts = event.facts();
        Optional<Addressee> found = dossiers.addressee(facts.dossierId().toString());
        if (found.isEmpty()) {
            return;
        }
        Addressee dossier = found.get();
        String key = facts.dossierId() + ":" + facts.version() + ":"
                + event.getClass().getSimpleName();
        if (event instanceof StepDueSoon s) {
            key += ":" + s.stepDue();
        } else if (event instanceof StepOverdue s) {
            key += ":" + s.stepDue();
        }
        String code = facts.code() != null ? facts.code() : facts.reference();
        Occasion occasion = new Occasion(key, trigger, facts.dossierId(), code);
        if (trigger.audience() == Trigger.Audience.APPLICANT) {
            mailroom.post(
                    occasion,
                    new Recipient(
                            dossier.applicantName(), dossier.phone(), dossier.email(), dossier.applicantAccountId()),
                    language -> {
                        Map<String, String> values = values(event, dossier, code, language);
                        values.put("applicant", nonNull(dossier.applicantName()));
                        return values;
                    },
                    preferences.of(dossier.applicantAccountId()));
        } else {
            UUID officer = event instanceof DossierAssigned a ? a.assigneeId() : dossier.assigneeId();
            if (officer == null) {
                return;
            }
            String name = users.find(officer).map(u -> u.displayName()).orElse("");
            Users.Contact contact = users.contact(officer);
            mailroom.post(
                    occasion,
                    new Recipient(name, null, contact == null ? null : contact.email(), officer),
                    language -> {
                        Map<String, String> values = values(event, dossier, code, language);
                        values.put("officer", name);
                        values.put("trackingLink", baseUrl + "/can-bo/ho-so/" + code);
                        return values;
                    },
                    preferences.of(officer));
        }
    }

    static Trigger trigger(DossierEvent event) {
        return switch (event) {
            case DossierReceived e -> Trigger.RECEIVED;
            case SupplementRequested e -> Trigger.SUPPLEMENT_REQUESTED;
            case SupplementSubmitted e -> Trigger.SUPPLEMENT_RECEIVED;
            case DossierExtended e -> Trigger.EXTENDED;
            case DossierRefused e -> Trigger.REFUSED;
            case DossierResolved e -> Trigger.RESOLVED;
            case DossierReturned e -> Trigger.RETURNED;
            case DossierStopped e -> Trigger.STOPPED;
            case DossierAssigned e -> Trigger.ASSIGNED;
            case StepDueSoon e -> Trigger.STEP_DUE_SOON;
            case StepOverdue e -> Trigger.STEP_OVERDUE;
            default -> null;
        };
    }

    /** The placeholder values of the event's messages in {@code language}. */
    private Map<String, String> values(DossierEvent event, Addressee dossier, String code, String language) {
        Locale locale = Locale.forLanguageTag(language);
        DossierFacts facts = event.facts();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dossierCode", code);
        values.put("procedure", nonNull(dossier.procedureName()));
        values.put("trackingLink", baseUrl + "/tra-cuu/" + code);
        values.put("appointment", time(facts.appointment()));
        Optional<AgencyView> center =
                facts.receivingCenterId() == null ? Optional.empty() : catalog.agency(facts.receivingCenterId());
        values.put("centerName", center.map(AgencyView::name).orElse(""));
        values.put(
                "centerAddress",
                center.map(AgencyView::address)
                        .map(DossierNotifications::nonNull)
                        .orElse(""));
        values.put(
                "hotline",
                center.map(AgencyView::phone).map(DossierNotifications::nonNull).orElse(""));
        switch (event) {
            case SupplementRequested e -> values.put("missing", nonNull(e.issues()));
            case DossierExtended e -> {
                values.put("appointment", time(e.previousAppointment()));
                values.put("newDate", time(facts.appointment()));
                values.put("reason", nonNull(e.reason()));
            }
            case DossierRefused e -> values.put("reason", nonNull(e.reasons()));
            case DossierStopped e -> values.put("reason", nonNull(e.reason()));
            case DossierResolved e -> {
                values.put("outcome", text("notification.outcome." + e.outcome(), locale));
                values.put("collect", collect(facts.deliveryMethod(), null, values, locale));
            }
            case DossierReturned e -> {
                HandOver h = e.handOver();
                values.put(
                        "collect",
                        collect(
                                h == null ? facts.deliveryMethod() : h.method(),
                                h == null ? null : h.trackingNumber(),
                                values,
                                locale));
                // the signed link of the satisfaction module: rating without signing in
                values.put("ratingLink", ratingLinks.link(facts.dossierId()));
            }
            case StepDueSoon e -> values.put("stepDue", time(e.stepDue()));
            case StepOverdue e -> values.put("stepDue", time(e.stepDue()));
            default -> {}
        }
        return values;
    }

    /** Where and how the result is collected, or the postal tracking number. */
    private String collect(DeliveryMethod method, String trackingNumber, Map<String, String> values, Locale locale) {
        DeliveryMethod m = method == null ? DeliveryMethod.COUNTER : method;
        return messages.getMessage(
                "notification.collect." + m,
                new Object[] {
                    values.get("centerName"),
                    values.get("centerAddress"),
                    values.get("trackingLink"),
                    trackingNumber == null
                            ? ""
                            : messages.getMessage(
                                    "notification.returned.tracking", new Object[] {trackingNumber}, locale)
                },
                locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
