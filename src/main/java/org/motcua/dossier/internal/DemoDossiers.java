package org.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.catalog.StepRole;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.HandOver;
import org.motcua.dossier.PauseInterval;
import org.motcua.dossier.RegisteredCapital;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Users;
import org.motcua.shared.Vietnam;
import org.motcua.shared.Vnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a few hundred dossiers spread over the last six weeks in every state — early, on time
 * and late, extended, supplemented, liên thông, paid, withdrawn, refused — played through the same
 * aggregate methods and deadline rules as real ones, with the demo officers as actors. Fixed seed, so
 * every demo database looks the same; skipped when dossiers exist already.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
@Order(30)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    /** Enterprise registrations (one-member LLC, multi-member LLC, joint-stock) and investment registration. */
    static final java.util.Set<String> REGISTERS_CAPITAL =
            java.util.Set.of("2.001583", "2.001199", "2.002043", "1.009664");

    private static final int COUNT = 320;
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thu", "Quang", "Ngọc", "Đức", "Thanh", "Xuân"
    };
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phương",
        "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"
    };
    private static final String[] WARDS = {
        "phường Hồng Sơn", "phường Hưng Bình", "xã Nghi Phú", "phường Bến Thủy", "xã Hưng Lộc"
    };

    private final Catalog catalog;
    private final Users users;
    private final WorkingCalendar calendar;
    private final DossierDeadlines deadlines;
    private final DossierCodes codes;
    private final DossierRepository dossiers;
    private final DossierHistory history;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoDossiers(
            Catalog catalog,
            Users users,
            WorkingCalendar calendar,
            DossierDeadlines deadlines,
            DossierCodes codes,
            DossierRepository dossiers,
            DossierHistory history,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.catalog = catalog;
        this.users = users;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.codes = codes;
        this.dossiers = dossiers;
        this.history = history;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from dossier.dossier").query(Long.class).single() > 0) {
            return;
        }
        List<ProcedureView> procedures = procedures();
        if (procedures.isEmpty()) {
            log.warn("No demo procedures with a time limit and a workflow: no demo dossiers");
            return;
        }
        Random random = new Random(20261123L);
        Actors actors = new Actors(
                actor("tiepnhan", "RECEPTION_OFFICER"),
                actor("chuyenvien", "SPECIALIST"),
                actor("lanhdao", "AGENCY_LEADER"),
                users.findByUsername("congdan").map(CurrentUser::id).orElse(null));
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE)).withNano(0);
        int made = 0;
        for (int i = 0; i < COUNT; i++) {
            // Half of them at the agencies the demo officers serve, so their worklists are full.
            ProcedureView procedure = procedures.get(random.nextInt(procedures.size()));
            Scenario scenario = new Scenario(random, procedure, actors, now, i % 17 == 0, Forced.NONE);
            if (tx.execute(s -> scenario.play())) {
                made++;
            }
        }
        // The demo shows every state. An online dossier still waiting for the desk and a supplement still
        // awaited are rare by chance (both need something in the last few days): when one did not come up,
        // one more dossier in that state.
        for (Forced forced : List.of(Forced.AWAITING_DESK, Forced.AWAITING_SUPPLEMENT)) {
            for (int i = 0; i < 50 && !exists(forced.status); i++) {
                ProcedureView procedure = procedures.get(random.nextInt(procedures.size()));
                Scenario scenario = new Scenario(random, procedure, actors, now, false, forced);
                if (tx.execute(s -> scenario.play())) {
                    made++;
                }
            }
        }
        log.info("Demo dossiers created: {}", made);
    }

    private boolean exists(DossierStatus status) {
        return jdbc.sql("select count(*) from dossier.dossier where status = :status")
                        .param("status", status.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A state a scenario is made to end in, when chance did not give the demo one. */
    private enum Forced {
        NONE(null),
        AWAITING_DESK(DossierStatus.NEW),
        AWAITING_SUPPLEMENT(DossierStatus.SUPPLEMENT_REQUESTED);

        final DossierStatus status;

        Forced(DossierStatus status) {
            this.status = status;
        }
    }

    private List<ProcedureView> procedures() {
        List<ProcedureView> found = new ArrayList<>();
        int page = 0;
        while (true) {
            var result =
                    catalog.search(new ProcedureQuery(null, null, null, null, null, page, ProcedureQuery.MAX_SIZE));
            for (ProcedureSummary s : result.items()) {
                catalog.procedure(s.id())
                        .filter(p -> p.processingTime() != null && p.steps().size() >= 3)
                        .ifPresent(found::add);
            }
            if (++page >= result.totalPages()) {
                break;
            }
        }
        // Weight the procedures the demo officers handle (police, planning and investment) three times.
        List<ProcedureView> weighted = new ArrayList<>(found);
        for (ProcedureView p : found) {
            String agency =
                    catalog.agency(p.competentAgencyId()).map(AgencyView::code).orElse("");
            if (agency.equals("000.00.42.H41") || agency.equals("000.00.15.H41")) {
                weighted.add(p);
                weighted.add(p);
            }
        }
        return weighted;
    }

    private ActedBy actor(String username, String role) {
        return users.findByUsername(username)
                .map(u -> new ActedBy(u.id(), u.displayName(), role, null, null))
                .orElse(new ActedBy(null, username, role, null, null));
    }

    private record Actors(ActedBy desk, ActedBy specialist, ActedBy leader, UUID citizenAccount) {}

    /** One dossier's life, played forward until it ends or reaches the present. */
    private final class Scenario {
        private final Random random;
        private final ProcedureView procedure;
        private final Actors actors;
        private final LocalDateTime now;
        private final boolean forDemoCitizen;
        private final Forced forced;
        private Dossier dossier;
        private int written;

        Scenario(
                Random random,
                ProcedureView procedure,
                Actors actors,
                LocalDateTime now,
                boolean forDemoCitizen,
                Forced forced) {
            this.random = random;
            this.procedure = procedure;
            this.actors = actors;
            this.now = now;
            this.forDemoCitizen = forDemoCitizen;
            this.forced = forced;
        }

        boolean play() {
            List<WorkflowStepView> steps = procedure.steps().stream()
                    .sorted(Comparator.comparingInt(WorkflowStepView::order))
                    .toList();
            UUID center = steps.getFirst().responsibleAgencyId();
            Optional<AgencyView> centerAgency = catalog.agency(center);
            if (centerAgency.isEmpty()) {
                return false;
            }
            boolean awaitingDesk = forced == Forced.AWAITING_DESK;
            LocalDateTime submitted = workingMoment(now.minusDays(awaitingDesk ? 1 : 1 + random.nextInt(42)));
            if (submitted.isAfter(now) || (awaitingDesk && !procedure.channels().contains(Channel.ONLINE))) {
                return false;
            }
            boolean online = procedure.channels().contains(Channel.ONLINE) && (random.nextInt(10) < 5 || awaitingDesk);
            dossier = Dossier.submit(application(center, online), submitted, citizenOrDesk(online));
            double fate = random.nextDouble();
            if (awaitingDesk || (online && fate < 0.04 && submitted.isAfter(now.minusDays(4)))) {
                return save(); // still waiting for the desk
            }
            if (fate < 0.07) {
                dossier.refuse(
                        "Không thuộc thẩm quyền giải quyết của cơ quan", submitted.plusMinutes(20), actors.desk());
                return save();
            }
            LocalDateTime t = online ? advance(submitted, 0.25, procedure.competentAgencyId()) : submitted;
            if (t.isAfter(now)) {
                return save();
            }
            Deadline appointment = deadlines.appointment(procedure, dossier.channel(), t, List.of());
            WorkflowStepView first = steps.getFirst();
            dossier.receive(
                    codes.next(centerAgency.get().code(), t.toLocalDate()),
                    center,
                    t,
                    appointment.due(),
                    deadlines.entry(first, t, appointment.due()),
                    actors.desk());
            dossier.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
            double pace = fate < 0.25 ? 1.3 : fate < 0.55 ? 0.9 : 0.5; // some late, most on time or early
            for (int i = 1; i < steps.size(); i++) {
                WorkflowStepView current = steps.get(i - 1);
                t = advance(t, budget(current) * pace * (0.5 + random.nextDouble()), current.responsibleAgencyId());
                if (t.isAfter(now)) {
                    return save();
                }
                WorkflowStepView next = steps.get(i);
                if (current.role() == StepRole.AGENCY_LEADER) {
                    return finish(t);
                }
                dossier.forward(deadlines.entry(next, t, dossier.dueAt()), null, t, actor(current));
                if (i == 1 && (random.nextInt(100) < 12 || forced == Forced.AWAITING_SUPPLEMENT)) {
                    t = supplement(t, next);
                    if (t == null) {
                        return save();
                    }
                }
                if (i == 1 && !procedure.lienThongPartnerIds().isEmpty() && random.nextInt(100) < 60) {
                    t = consult(t);
                    if (t == null) {
                        return save();
                    }
                }
                if (i == 1
                        && random.nextInt(100) < 6
                        && deadlines.aDayBeforeDue(t, dossier.dueAt(), procedure.competentAgencyId())) {
                    dossier.extend(
                            advance(dossier.dueAt(), 5, procedure.competentAgencyId()),
                            "Cần xác minh thêm thông tin tại cơ sở",
                            false,
                            true,
                            true,
                            t,
                            actors.leader());
                }
                if (i == 1 && random.nextInt(100) < 3) {
                    LocalDateTime asked = t.plusHours(1);
                    if (asked.isBefore(now)) {
                        dossier.withdraw("Người nộp đề nghị rút hồ sơ", asked, citizenActor());
                        LocalDateTime stopped = advance(asked, 0.5, procedure.competentAgencyId());
                        if (stopped.isBefore(now)) {
                            dossier.stop("Dừng giải quyết theo đề nghị của người nộp hồ sơ", stopped, actors.leader());
                        }
                    }
                    return save();
                }
            }
            return finish(t);
        }

        private boolean finish(LocalDateTime t) {
            if (dossier.status() != DossierStatus.IN_PROGRESS) {
                return save();
            }
            if (random.nextInt(100) < 5) {
                dossier.reject(
                        "Hồ sơ không đáp ứng điều kiện theo quy định",
                        deadlines.returnStep(procedure, t, dossier.dueAt()),
                        deadlines.margin(t, dossier.originalDueAt(), dossier.competentAgencyId()),
                        t,
                        actors.leader());
            } else {
                dossier.approve(null, t, actors.leader());
                if (random.nextInt(100) < 4) {
                    dossier.requestPayment(
                            Vnd.of(500_000L + 50_000L * random.nextInt(20)), t.plusMinutes(30), actors.leader());
                    LocalDateTime paid = advance(t, 1 + random.nextInt(3), procedure.competentAgencyId());
                    if (paid.isAfter(now)) {
                        return save();
                    }
                    Deadline appointment =
                            deadlines.appointment(procedure, dossier.channel(), dossier.receivedAt(), withPause(paid));
                    dossier.confirmPayment(paid, appointment.due(), actors.desk());
                    t = paid;
                }
                LocalDateTime resolved = t.plusMinutes(30 + random.nextInt(120));
                if (resolved.isAfter(now)) {
                    return save();
                }
                dossier.resolve(
                        deadlines.returnStep(procedure, resolved, dossier.dueAt()),
                        deadlines.margin(resolved, dossier.originalDueAt(), dossier.competentAgencyId()),
                        capital(procedure),
                        resolved,
                        actors.leader());
                t = resolved;
            }
            LocalDateTime returned = advance(t, random.nextInt(4) * 0.5, procedure.competentAgencyId());
            if (returned.isBefore(now) && random.nextInt(10) < 8) {
                dossier.returnResult(handOver(returned), returned, actors.desk());
            }
            return save();
        }

        private LocalDateTime supplement(LocalDateTime t, WorkflowStepView step) {
            LocalDateTime asked = t.plusHours(2);
            if (asked.isAfter(now)) {
                return t;
            }
            dossier.requestSupplement(
                    "Bổ sung bản sao có chứng thực giấy tờ tùy thân của người nộp", asked, actors.specialist());
            LocalDateTime answered = advance(asked, 1 + random.nextInt(4), procedure.competentAgencyId());
            if (answered.isAfter(now) || forced == Forced.AWAITING_SUPPLEMENT) {
                return null;
            }
            List<PauseInterval> pauses = new ArrayList<>(dossier.pauses());
            pauses.add(new PauseInterval(asked, answered, PauseInterval.Kind.SUPPLEMENT));
            Deadline appointment = deadlines.appointment(procedure, dossier.channel(), dossier.receivedAt(), pauses);
            dossier.submitSupplement(
                    List.of(new SubmittedDocument(
                            null,
                            "Bản sao có chứng thực căn cước công dân",
                            DocumentForm.CERTIFIED_COPY,
                            1,
                            DocumentOrigin.SCANNED_AT_COUNTER,
                            null,
                            null,
                            null,
                            null)),
                    answered,
                    appointment.due(),
                    deadlines.entry(step, answered, appointment.due()).due(),
                    citizenActor());
            dossier.explainAppointment(appointment.explanationVi(), appointment.explanationEn());
            return answered;
        }

        private LocalDateTime consult(LocalDateTime t) {
            UUID partner = procedure.lienThongPartnerIds().iterator().next();
            LocalDateTime asked = t.plusHours(1);
            if (asked.isAfter(now)) {
                return t;
            }
            dossier.consult(
                    partner,
                    "Đề nghị phối hợp giải quyết theo quy trình liên thông",
                    deadlines.consultationDue(asked, BigDecimal.valueOf(2), partner),
                    asked,
                    actors.specialist());
            LocalDateTime answered = advance(asked, 1 + random.nextDouble() * 2, partner);
            if (answered.isAfter(now)) {
                return null;
            }
            dossier.answer(
                    partner,
                    "Đã phối hợp, thông tin khớp với cơ sở dữ liệu",
                    answered,
                    new ActedBy(null, "Cán bộ cơ quan phối hợp", "SPECIALIST", partner, null));
            return answered;
        }

        private List<PauseInterval> withPause(LocalDateTime paid) {
            List<PauseInterval> pauses = new ArrayList<>(dossier.pauses());
            pauses.add(new PauseInterval(dossier.pausedAt(), paid, PauseInterval.Kind.FINANCIAL_OBLIGATION));
            return pauses;
        }

        private Dossier.Application application(UUID center, boolean online) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String idNumber = String.format("0400%08d", random.nextInt(100_000_000));
            Applicant applicant = new Applicant(
                    Applicant.ApplicantType.CITIZEN,
                    name,
                    Applicant.IdType.CCCD,
                    idNumber,
                    LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    null,
                    String.format("09%08d", random.nextInt(100_000_000)),
                    null,
                    "Khối " + (1 + random.nextInt(12)) + ", " + WARDS[random.nextInt(WARDS.length)]
                            + ", tỉnh Hồng Lam");
            List<SubmittedDocument> documents = new ArrayList<>();
            for (RequiredDocumentView r : procedure.documents()) {
                if (r.mandatory() || random.nextBoolean()) {
                    documents.add(new SubmittedDocument(
                            r.order(),
                            r.name(),
                            r.form() == DocumentForm.ORIGINAL_OR_COPY ? DocumentForm.COPY : r.form(),
                            r.quantity(),
                            online ? DocumentOrigin.UPLOADED : DocumentOrigin.SCANNED_AT_COUNTER,
                            null,
                            null,
                            null,
                            null));
                }
            }
            boolean postal = !online && procedure.channels().contains(Channel.POSTAL) && random.nextInt(10) == 0;
            boolean byPost = random.nextInt(10) == 0; // the result is posted to the applicant's address
            return new Dossier.Application(
                    Submissions.reference(random),
                    procedure.id(),
                    procedure.code(),
                    procedure.nationalCode(),
                    procedure.fieldCode(),
                    procedure.versionId(),
                    procedure.name(),
                    RuleSet.CIRCULAR_03_2025,
                    online ? Channel.ONLINE : postal ? Channel.POSTAL : Channel.COUNTER,
                    center,
                    procedure.competentAgencyId(),
                    forDemoCitizen && online ? actors.citizenAccount() : null,
                    applicant,
                    null,
                    byPost ? DeliveryMethod.POSTAL : DeliveryMethod.COUNTER,
                    byPost ? applicant.address() : null,
                    documents,
                    !procedure.lienThongPartnerIds().isEmpty());
        }

        private ActedBy citizenActor() {
            return new ActedBy(dossier.applicantAccountId(), dossier.applicant().name(), "APPLICANT", null, null);
        }

        private ActedBy citizenOrDesk(boolean online) {
            return online ? new ActedBy(null, "Người nộp hồ sơ", "APPLICANT", null, null) : actors.desk();
        }

        /** At the counter to the applicant; by post with a tracking number. */
        private HandOver handOver(LocalDateTime at) {
            return dossier.deliveryMethod() == DeliveryMethod.POSTAL
                    ? new HandOver(
                            DeliveryMethod.POSTAL,
                            null,
                            null,
                            null,
                            "EB" + (100_000_000 + random.nextInt(899_999_999)) + "VN",
                            at)
                    : new HandOver(
                            dossier.deliveryMethod(),
                            dossier.applicant().name(),
                            dossier.applicant().idNumber(),
                            null,
                            null,
                            at);
        }

        private ActedBy actor(WorkflowStepView step) {
            return switch (step.role()) {
                case RECEPTION_OFFICER -> actors.desk();
                case SPECIALIST -> actors.specialist();
                case UNIT_LEADER, AGENCY_LEADER -> actors.leader();
            };
        }

        private double budget(WorkflowStepView step) {
            return step.budgetDays() == null || step.budgetDays().signum() <= 0
                    ? 0.1
                    : step.budgetDays().doubleValue();
        }

        /** Moves forward by about {@code days} working days, in quarter days (whole working minutes). */
        private LocalDateTime advance(LocalDateTime from, double days, UUID agencyId) {
            long quarters = Math.max(1, Math.round(days * 4));
            return calendar.addWorkingDays(from, BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)), agencyId);
        }

        private LocalDateTime workingMoment(LocalDateTime day) {
            LocalDate date = day.toLocalDate();
            while (!calendar.isWorkingDay(date, procedure.competentAgencyId())) {
                date = date.minusDays(1);
            }
            int minute = random.nextInt(9 * 60);
            LocalTime time = LocalTime.of(7, 30).plusMinutes(minute);
            if (time.isAfter(LocalTime.of(11, 20)) && time.isBefore(LocalTime.of(13, 40))) {
                time = time.plusHours(2);
            }
            return LocalDateTime.of(date, time);
        }

        /**
         * The capital an enterprise or investment registration registers (the demo catalog's national codes
         * of those procedures, which the statistics' demo tags): 0.5–20 billion đồng, one in ten foreign.
         */
        private RegisteredCapital capital(ProcedureView p) {
            if (p.nationalCode() == null || !REGISTERS_CAPITAL.contains(p.nationalCode())) {
                return null;
            }
            return new RegisteredCapital(Vnd.of(500_000_000L * (1 + random.nextInt(40))), random.nextInt(10) == 0);
        }

        private boolean save() {
            List<Transition> made = dossier.transitions();
            Dossier saved = dossiers.save(dossier);
            for (Transition t : made.subList(written, made.size())) {
                history.append(saved.id(), t, actorOf(t));
            }
            written = made.size();
            return true;
        }

        private ActedBy actorOf(Transition t) {
            return switch (t.action()) {
                case RECEIVE, REFUSE, RETURN_RESULT, CONFIRM_PAYMENT -> actors.desk();
                case SUBMIT_SUPPLEMENT, WITHDRAW -> citizenActor();
                case REQUEST_SUPPLEMENT, CONSULT, ANSWER -> actors.specialist();
                case FORWARD -> t.fromStep() != null && t.fromStep() == 1 ? actors.desk() : actors.specialist();
                default -> actors.leader();
            };
        }
    }
}
