package org.motcua.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Applicant.ApplicantType;
import org.motcua.dossier.Applicant.IdType;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.SystemModule;
import org.motcua.shared.DomainException;
import org.motcua.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dossiers submitted on the national portal enter the online queue here like a dossier submitted on our
 * own portal: through the dossier module's door as the system ({@code NATIONAL_PORTAL}), for the local
 * procedure the mapping table names, with every mandatory paper marked as handed in on the portal. The
 * portal's code (MaHoSo) is kept and is the key: a dossier fetched or called in twice is one dossier.
 */
@Component
class InboundDossiers {

    private static final Logger log = LoggerFactory.getLogger(InboundDossiers.class);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The portal's answer: 0 created, 1 duplicate, -1 refused (OpenCPS's call-in codes). */
    public record Answer(int errorCode, String message, String reference) {}

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final ProcedureMappings mappings;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PortalClient portal;
    private final NationalPortalSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    InboundDossiers(
            Dossiers dossiers,
            Catalog catalog,
            ProcedureMappings mappings,
            JdbcClient jdbc,
            TransactionTemplate tx,
            PortalClient portal,
            NationalPortalSettings settings,
            JsonMapper json,
            Clock clock) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.mappings = mappings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.portal = portal;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Receives one dossier ({@code via} FETCH or CALLBACK): created, a duplicate, or refused with why. */
    Answer receive(NationalDossier in, String via) {
        String code = in == null ? null : Text.line(in.nationalCode());
        if (code == null || code.length() > 60) {
            return new Answer(-1, "MaHoSo missing or too long", null);
        }
        if (known(code).isPresent()) {
            return new Answer(1, code + "| duplicate", known(code).get());
        }
        Optional<ProcedureMapping> mapping = mappings.find(Text.line(in.procedureCode()));
        if (mapping.isEmpty()) {
            return new Answer(-1, "MaTTHC mapping not found", null);
        }
        Optional<ProcedureView> procedure =
                catalog.procedureByCode(mapping.get().procedureCode());
        if (procedure.isEmpty()) {
            return new Answer(-1, "mapped procedure " + mapping.get().procedureCode() + " not published", null);
        }
        UUID center = mapping.get().receivingCenterId() != null
                ? mapping.get().receivingCenterId()
                : procedure.get().receivingCenterIds().stream()
                        .sorted()
                        .findFirst()
                        .orElse(null);
        try {
            String reference = tx.execute(status -> {
                DossierView dossier = dossiers.submit(
                        command(in, procedure.get(), center),
                        uploads(in),
                        Actor.system(SystemModule.NATIONAL_PORTAL),
                        null);
                jdbc.sql("""
                                insert into national_portal.inbound_dossier
                                    (national_code, dossier_id, reference, procedure_code, received_at, via)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(
                                code,
                                dossier.id(),
                                dossier.reference(),
                                procedure.get().code(),
                                Timestamp.from(clock.instant()),
                                via)
                        .update();
                return dossier.reference();
            });
            return new Answer(0, code + "| create dossier success", reference);
        } catch (DuplicateKeyException raced) {
            return new Answer(1, code + "| duplicate", known(code).orElse(null));
        } catch (DomainException refused) {
            String fields = refused.fieldErrors() == null
                    ? ""
                    : refused.fieldErrors().stream()
                            .map(e -> e.field() + ":" + e.code())
                            .toList()
                            .toString();
            return new Answer(-1, refused.code() + " " + fields, null);
        }
    }

    private Optional<String> known(String nationalCode) {
        return jdbc.sql("select reference from national_portal.inbound_dossier where national_code = ?")
                .params(nationalCode)
                .query(String.class)
                .optional();
    }

    private static Submit command(NationalDossier in, ProcedureView procedure, UUID center) {
        boolean citizen =
                in.applicantKind() == null || "1".equals(in.applicantKind().trim());
        String id = Text.line(in.idNumber());
        IdType idType =
                id == null ? null : id.length() == 9 ? IdType.CMND : id.matches("\\d+") ? IdType.CCCD : IdType.PASSPORT;
        Applicant applicant = new Applicant(
                citizen ? ApplicantType.CITIZEN : ApplicantType.BUSINESS,
                in.applicantName(),
                idType,
                id,
                birth(in.dateOfBirth()),
                in.taxCode(),
                in.phone(),
                in.email(),
                in.address());
        List<DocumentInput> papers = new ArrayList<>();
        for (RequiredDocumentView required : procedure.documents()) {
            if (required.mandatory()) {
                papers.add(DocumentInput.uploaded(required.order(), required.form(), 1));
            }
        }
        String summary = Text.clean(in.summary());
        String note =
                "Nộp trên Cổng Dịch vụ công quốc gia, mã " + in.nationalCode().trim();
        return new Submit(
                procedure.id(),
                Channel.ONLINE,
                center,
                applicant,
                summary == null ? note : note + ". " + summary,
                DeliveryMethod.COUNTER,
                null,
                papers);
    }

    /** The files handed in on the portal, one for each of the first mandatory papers, in order. */
    private static List<Upload> uploads(NationalDossier in) {
        List<Upload> uploads = new ArrayList<>();
        List<NationalDossier.File> files = in.files() == null ? List.of() : in.files();
        for (int i = 0; i < files.size(); i++) {
            NationalDossier.File f = files.get(i);
            if (f == null || f.base64() == null || f.base64().isBlank()) {
                continue;
            }
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(f.base64());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(
                        "validation.failed",
                        List.of(new org.motcua.shared.FieldError("TaiLieuNop[" + i + "]", "Base64", null)));
            }
            String name = f.name() == null ? "tep-" + (i + 1) + ".pdf" : f.name();
            uploads.add(new Upload(i, name, type(name), content.length, new ByteArrayResource(content)));
        }
        return uploads;
    }

    private static String type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/pdf";
    }

    private static LocalDate birth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    text.trim().substring(0, Math.min(8, text.trim().length())), BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- fetching ----------------------------------------------------------------------------------

    @Scheduled(
            fixedDelayString = "${motcua.national-portal.fetch-interval:5m}",
            initialDelayString = "${motcua.national-portal.fetch-initial-delay:1m}")
    @SchedulerLock(name = "nationalportal.fetch", lockAtMostFor = "PT10M")
    void scheduledFetch() {
        if (portal.configured()) {
            try {
                fetch();
            } catch (PortalException e) {
                log.info("could not fetch dossiers from the national portal: {}", e.getMessage());
            }
        }
    }

    /** Asks the portal for dossiers submitted there and receives each one: the answers, in order. */
    List<Answer> fetch() {
        JsonNode answer = portal.call(settings.fetchService(), java.util.Map.of());
        List<Answer> answers = new ArrayList<>();
        for (JsonNode item : answer.path("result")) {
            NationalDossier in;
            try {
                in = json.treeToValue(item, NationalDossier.class);
            } catch (RuntimeException e) {
                answers.add(new Answer(-1, "unreadable dossier", null));
                continue;
            }
            Answer a = receive(in, "FETCH");
            if (a.errorCode() == -1) {
                log.warn("dossier {} from the national portal refused: {}", in.nationalCode(), a.message());
            }
            answers.add(a);
        }
        return answers;
    }
}
