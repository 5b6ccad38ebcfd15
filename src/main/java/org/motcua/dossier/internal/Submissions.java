package org.motcua.dossier.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.stereotype.Component;

/**
 * A new dossier, checked against its procedure: online from an applicant (it waits for the desk), from
 * the national portal, or registered at the desk and received at once.
 */
@Component
public class Submissions {

    /** Readable references: no 0/O, 1/I/L, so they can be read out on the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Catalog catalog;
    private final DossierPermissions permissions;
    private final DossierDeadlines deadlines;
    private final DossierUploads uploads;
    private final ReceiveHandler reception;
    private final DossierStore store;

    Submissions(
            Catalog catalog,
            DossierPermissions permissions,
            DossierDeadlines deadlines,
            DossierUploads uploads,
            ReceiveHandler reception,
            DossierStore store) {
        this.catalog = catalog;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.uploads = uploads;
        this.reception = reception;
        this.store = store;
    }

    public Dossier submit(Submit command, List<Upload> files, Actor actor) {
        if (command == null || command.procedureId() == null) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("procedureId", "NotNull", null)));
        }
        ProcedureView procedure = catalog.procedure(command.procedureId())
                .orElseThrow(() -> DomainException.invalid(
                        "validation.failed", List.of(new FieldError("procedureId", "UnknownProcedure", null))));
        CurrentUser user = actor.user();
        boolean atDesk = user != null && user.hasRole(Role.RECEPTION_OFFICER);
        List<FieldError> problems = new ArrayList<>();
        Channel channel = command.channel() == null ? (atDesk ? Channel.COUNTER : Channel.ONLINE) : command.channel();
        if (!atDesk && channel != Channel.ONLINE) {
            problems.add(new FieldError("channel", "OnlineOnly", null));
        }
        if (!procedure.channels().contains(channel)) {
            problems.add(new FieldError("channel", "ChannelNotOffered", null));
        } else if (!deadlines.hasTimeLimit(procedure, channel)) {
            // Told now, not when the desk finds that no appointment can be given.
            throw DomainException.unprocessable("dossier.procedure_without_time_limit", procedure.name());
        }
        UUID center = command.receivingCenterId();
        if (center == null || catalog.agency(center).isEmpty()) {
            problems.add(new FieldError("receivingCenterId", "NotNull", null));
        } else if (!procedure.receivingCenterIds().isEmpty()
                && !procedure.receivingCenterIds().contains(center)) {
            problems.add(new FieldError("receivingCenterId", "NotReceivedHere", null));
        } else if (atDesk && !permissions.scope(user).contains(center)) {
            problems.add(new FieldError("receivingCenterId", "NotYourCenter", null));
        }
        if (command.applicant() == null) {
            problems.add(new FieldError("applicant", "NotNull", null));
        } else {
            problems.addAll(command.applicant().problems("applicant."));
        }
        DeliveryMethod delivery = command.deliveryMethod() == null ? DeliveryMethod.COUNTER : command.deliveryMethod();
        String address = Text.clean(command.deliveryAddress());
        if (delivery == DeliveryMethod.POSTAL && address == null) {
            problems.add(new FieldError("deliveryAddress", "NotBlank", null));
        }
        if (address != null && address.length() > 1000) {
            problems.add(new FieldError("deliveryAddress", "Size", null));
        }
        String summary = Text.clean(command.summary());
        if (summary != null && summary.length() > 4000) {
            problems.add(new FieldError("summary", "Size", null));
        }
        List<SubmittedDocument> documents = Papers.check(command.documents(), procedure, problems, true);
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        documents = uploads.attach(documents, files);
        var now = store.now();
        ActedBy by = ActedBy.of(actor, center);
        Dossier dossier = Dossier.submit(
                new Dossier.Application(
                        reference(RANDOM),
                        procedure.id(),
                        procedure.code(),
                        procedure.nationalCode(),
                        procedure.fieldCode(),
                        procedure.versionId(),
                        procedure.name(),
                        RuleSet.at(now.toLocalDate()),
                        channel,
                        center,
                        procedure.competentAgencyId(),
                        atDesk ? null : user == null ? null : user.id(),
                        command.applicant(),
                        summary,
                        delivery,
                        address,
                        documents,
                        !procedure.lienThongPartnerIds().isEmpty()),
                now,
                by);
        if (atDesk) {
            // A counter or postal dossier is received as it is registered: it gets its code now.
            reception.receive(dossier, procedure, now, by);
        }
        return store.save(dossier, by, null);
    }

    /** "HS" and eight characters: about 10^12 choices, read out without ambiguity. */
    static String reference(RandomGenerator random) {
        StringBuilder ref = new StringBuilder("HS");
        for (int i = 0; i < 8; i++) {
            ref.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return ref.toString();
    }
}
