package org.motcua.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a message is about, and so which template it takes and which placeholders that template may use.
 * Applicant triggers follow the dossier's milestones; officer triggers tell an officer of their work; the
 * verification code serves registration and password reset.
 */
public enum Trigger {
    RECEIVED(Audience.APPLICANT, "appointment"),
    SUPPLEMENT_REQUESTED(Audience.APPLICANT, "missing"),
    SUPPLEMENT_RECEIVED(Audience.APPLICANT, "appointment"),
    EXTENDED(Audience.APPLICANT, "appointment", "newDate", "reason"),
    REFUSED(Audience.APPLICANT, "reason"),
    RESOLVED(Audience.APPLICANT, "outcome", "collect"),
    RETURNED(Audience.APPLICANT, "collect", "ratingLink"),
    STOPPED(Audience.APPLICANT, "reason"),
    ASSIGNED(Audience.OFFICER, "appointment"),
    STEP_DUE_SOON(Audience.OFFICER, "stepDue"),
    STEP_OVERDUE(Audience.OFFICER, "stepDue"),
    /** A center manager's morning digest of yesterday's dossiers and what is overdue or due soon. */
    MANAGER_DIGEST(
            Audience.MANAGER,
            "day",
            "received",
            "resolved",
            "resolvedLate",
            "overdue",
            "dueSoon",
            "overdueLink",
            "dueSoonLink"),
    VERIFICATION_CODE(Audience.PERSON, "code", "minutes"),
    /** A visit booked at a counter group (queue module's BookingMade). */
    BOOKING_CONFIRMED(Audience.PERSON, "bookingCode", "day", "slot", "group", "kioskLink"),
    /** The day before a booked visit (queue module's BookingReminderDue). */
    BOOKING_REMINDER(Audience.PERSON, "bookingCode", "day", "slot", "group", "kioskLink"),
    /** A test message an administrator sends to check a provider; it has no template. */
    TEST(Audience.PERSON);

    /** Who hears of it. */
    public enum Audience {
        APPLICANT,
        OFFICER,
        /** Center managers, about their centers rather than one dossier. */
        MANAGER,
        PERSON;

        /** Officers and managers are written to in the workspace and by e-mail only. */
        public boolean staff() {
            return this == OFFICER || this == MANAGER;
        }
    }

    private final Audience audience;
    private final Set<String> placeholders;
    private final List<String> ordered;

    Trigger(Audience audience, String... own) {
        this.audience = audience;
        Set<String> names = new LinkedHashSet<>();
        names.add(audience.staff() ? "officer" : "applicant");
        if (audience == Audience.APPLICANT || audience == Audience.OFFICER) {
            names.addAll(List.of("dossierCode", "procedure", "trackingLink"));
        }
        names.addAll(List.of(own));
        names.addAll(List.of("centerName", "centerAddress", "hotline"));
        this.placeholders = Set.copyOf(names);
        this.ordered = List.copyOf(names);
    }

    public Audience audience() {
        return audience;
    }

    /** The placeholders a template of this trigger may use, in a sensible order for the editor. */
    public List<String> placeholders() {
        return ordered;
    }

    public boolean allows(String placeholder) {
        return placeholders.contains(placeholder);
    }

    /** Sent at any hour: a code someone is waiting for. Everything else waits for 07:00–21:00. */
    public boolean urgent() {
        return this == VERIFICATION_CODE || this == TEST;
    }

    /** Whether administrators keep templates for it. */
    public boolean templated() {
        return this != TEST;
    }
}
