package org.motcua.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.FieldView;
import org.motcua.catalog.ProcedureView;
import org.motcua.documents.Forms;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.motcua.statistics.internal.FigureDossiers;
import org.motcua.statistics.internal.FigureQueries;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.motcua.statistics.internal.FigureWorkbook;
import org.motcua.statistics.internal.LateQueries;
import org.motcua.statistics.internal.RatingQueries;
import org.motcua.statistics.internal.ResultQueries;
import org.motcua.statistics.internal.ReviewQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics' door: figures for a period and scope, checked against who asks. Officers see the
 * agencies they serve (with their sub-units); center managers, supervisors of the provincial People's
 * Committee and administrators see the whole province.
 */
@Service
public class Statistics {

    /** The longest period one request may cover. */
    static final int MAX_YEARS = 10;

    private final FigureQueries queries;
    private final LateQueries lateQueries;
    private final ReviewQueries reviewQueries;
    private final ResultQueries resultQueries;
    private final RatingQueries ratingQueries;
    private final FigureDossiers figureDossiers;
    private final Catalog catalog;
    private final Users users;
    private final Forms forms;
    private final MessageSource messages;
    private final Clock clock;
    private final DayOfWeek weekStart;

    Statistics(
            FigureQueries queries,
            LateQueries lateQueries,
            ReviewQueries reviewQueries,
            ResultQueries resultQueries,
            RatingQueries ratingQueries,
            FigureDossiers figureDossiers,
            Catalog catalog,
            Users users,
            Forms forms,
            MessageSource messages,
            Clock clock,
            @Value("${motcua.statistics.week-starts-on:FRIDAY}") DayOfWeek weekStart) {
        this.queries = queries;
        this.lateQueries = lateQueries;
        this.reviewQueries = reviewQueries;
        this.resultQueries = resultQueries;
        this.ratingQueries = ratingQueries;
        this.figureDossiers = figureDossiers;
        this.catalog = catalog;
        this.users = users;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
        this.weekStart = weekStart;
    }

    /** What to count: the period (whole days) and, optionally, an agency, procedure or field by code. */
    public record Request(
            LocalDate from, LocalDate to, String agency, String procedure, String field, GroupBy groupBy) {}

    /** Who may read figures at all: officers of every kind, not applicants. */
    public static boolean mayRead(CurrentUser user) {
        return user != null && user.isOfficer();
    }

    /** Who may read the whole province's figures. */
    public static boolean readsProvince(CurrentUser user) {
        return user != null
                && (user.hasRole(Role.CENTER_MANAGER) || user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN));
    }

    @Transactional(readOnly = true)
    public Summary summary(Request request, CurrentUser user) {
        checkPeriod(request.from(), request.to());
        Resolved scope = scope(request, user);
        LocalDateTime now = now();
        Figures total = queries.figures(request.from(), request.to(), scope.scope(), null, weekStart, now)
                .values()
                .iterator()
                .next();
        List<Summary.Row> rows = request.groupBy() == null
                ? null
                : rows(
                        request.groupBy(),
                        queries.figures(
                                request.from(), request.to(), scope.scope(), request.groupBy(), weekStart, now));
        return new Summary(
                request.from(),
                request.to(),
                scope.name(),
                request.groupBy(),
                rows,
                total,
                resultQueries.figures(request.from(), request.to(), scope.scope()));
    }

    /**
     * The applicants' ratings of the request's period and scope (by the day a rating was first given), in
     * total and, when asked, per agency, procedure, field, officer (who returned the result) or period.
     */
    @Transactional(readOnly = true)
    public SatisfactionSummary satisfaction(Request request, CurrentUser user) {
        checkPeriod(request.from(), request.to());
        Resolved scope = scope(request, user);
        SatisfactionFigures total = ratingQueries
                .figures(request.from(), request.to(), scope.scope(), null)
                .values()
                .iterator()
                .next();
        List<SatisfactionSummary.Row> rows = null;
        if (request.groupBy() != null) {
            rows = new ArrayList<>();
            for (var row : ratingQueries
                    .figures(request.from(), request.to(), scope.scope(), request.groupBy())
                    .entrySet()) {
                String[] keyAndLabel = label(request.groupBy(), row.getKey());
                rows.add(new SatisfactionSummary.Row(keyAndLabel[0], keyAndLabel[1], row.getValue()));
            }
            if (!request.groupBy().isTime()) {
                rows.sort(Comparator.comparing(SatisfactionSummary.Row::label, Vietnam.COLLATOR));
            }
        }
        return new SatisfactionSummary(request.from(), request.to(), scope.name(), request.groupBy(), rows, total);
    }

    /**
     * The officers' or agencies' evaluation ({@code groupBy} OFFICER or AGENCY): the summary's rows and the
     * satisfaction rows of the same keys, side by side, by name.
     */
    @Transactional(readOnly = true)
    public Evaluation evaluation(Request request, CurrentUser user) {
        if (request.groupBy() != GroupBy.OFFICER && request.groupBy() != GroupBy.AGENCY) {
            throw DomainException.invalid("statistics.unknown_group", List.of(), String.valueOf(request.groupBy()));
        }
        Summary figures = summary(request, user);
        SatisfactionSummary ratings = satisfaction(request, user);
        Map<String, String[]> labels = new java.util.TreeMap<>();
        Map<String, Figures> byKey = new java.util.HashMap<>();
        Map<String, SatisfactionFigures> ratedByKey = new java.util.HashMap<>();
        for (Summary.Row r : figures.rows()) {
            labels.put(r.key(), new String[] {r.key(), r.label()});
            byKey.put(r.key(), r.figures());
        }
        for (SatisfactionSummary.Row r : ratings.rows()) {
            labels.put(r.key(), new String[] {r.key(), r.label()});
            ratedByKey.put(r.key(), r.figures());
        }
        List<Evaluation.Row> rows = new ArrayList<>();
        for (String[] keyAndLabel : labels.values()) {
            rows.add(new Evaluation.Row(
                    keyAndLabel[0],
                    keyAndLabel[1],
                    byKey.getOrDefault(keyAndLabel[0], Figures.NONE),
                    ratedByKey.getOrDefault(keyAndLabel[0], SatisfactionFigures.NONE)));
        }
        rows.sort(Comparator.comparing(Evaluation.Row::label, Vietnam.COLLATOR));
        return new Evaluation(request.from(), request.to(), figures.scope(), request.groupBy(), rows);
    }

    public byte[] workbook(Evaluation evaluation) {
        return FigureWorkbook.evaluation(evaluation);
    }

    /** The most dossiers one drill-down lists (the total is always given). */
    static final int MOST_DOSSIERS = 500;

    /**
     * The dossiers behind one count of the request's figures ({@code figure} as the JSON names it: {@code
     * receivedNew}, {@code resolvedLate}, {@code inProgressOverdue} …), by receipt time.
     */
    @Transactional(readOnly = true)
    public FigureDossier.Page dossiers(Request request, String figure, CurrentUser user) {
        checkPeriod(request.from(), request.to());
        if (figure == null || !FigureDossiers.FIGURES.contains(figure)) {
            throw DomainException.invalid("statistics.unknown_figure", List.of(), String.valueOf(figure));
        }
        Scope scope = scope(request, user).scope();
        LocalDateTime now = now();
        Map<UUID, String> procedures = new java.util.HashMap<>();
        Map<UUID, String> agencies = new java.util.HashMap<>();
        List<FigureDossier> rows =
                figureDossiers.list(figure, request.from(), request.to(), scope, now, MOST_DOSSIERS).stream()
                        .map(r -> new FigureDossier(
                                r.dossierId(),
                                r.code(),
                                r.procedureId() == null
                                        ? ""
                                        : procedures.computeIfAbsent(
                                                r.procedureId(),
                                                id -> catalog.procedure(id)
                                                        .map(ProcedureView::name)
                                                        .orElse("")),
                                r.competentAgencyId() == null
                                        ? ""
                                        : agencies.computeIfAbsent(
                                                r.competentAgencyId(),
                                                id -> catalog.agency(id)
                                                        .map(AgencyView::name)
                                                        .orElse("")),
                                r.channel(),
                                r.receivedAt(),
                                r.originalDueAt(),
                                r.finishedAt(),
                                r.verdict()))
                        .toList();
        long total = rows.size() < MOST_DOSSIERS
                ? rows.size()
                : figureDossiers.count(figure, request.from(), request.to(), scope, now);
        return new FigureDossier.Page(figure, total, rows);
    }

    /**
     * The dossiers of the request's scope resolved late in its period, latest first; with {@code open}, also
     * those still open past their original appointment at its end.
     */
    @Transactional(readOnly = true)
    public List<LateDossier> late(Request request, boolean open, CurrentUser user) {
        checkPeriod(request.from(), request.to());
        return lateQueries.late(
                request.from(), request.to(), scope(request, user).scope(), open, now());
    }

    /**
     * The procedure review of the request's period and scope: per procedure and competent agency, most
     * received first.
     */
    @Transactional(readOnly = true)
    public List<ProcedureReview> review(Request request, CurrentUser user) {
        checkPeriod(request.from(), request.to());
        List<ProcedureReview> review = new ArrayList<>();
        for (ReviewQueries.Row r : reviewQueries.review(
                request.from(), request.to(), scope(request, user).scope())) {
            var procedure = r.procedureId() == null
                    ? null
                    : catalog.procedure(r.procedureId()).orElse(null);
            var agency =
                    r.agencyId() == null ? null : catalog.agency(r.agencyId()).orElse(null);
            var time = procedure == null ? null : procedure.processingTime();
            BigDecimal legalDays = time == null
                    ? null
                    : switch (time.unit()) {
                        case WORKING_DAYS, WORKING_HOURS, SAME_DAY -> time.workflowBudgetDays();
                        default -> null;
                    };
            review.add(new ProcedureReview(
                    r.procedureCode(),
                    procedure == null ? r.procedureCode() : procedure.name(),
                    agency == null ? null : agency.code(),
                    agency == null ? null : agency.name(),
                    r.received(),
                    r.refused(),
                    r.resolved(),
                    Figures.ratio(r.supplemented(), r.received()),
                    Figures.ratio(r.refused(), r.received() + r.refused()),
                    Figures.ratio(r.late(), r.resolved()),
                    Figures.ratio(r.extended(), r.received()),
                    Figures.ratio(r.online(), r.received()),
                    r.averageDays(),
                    r.p90Days(),
                    time == null ? null : legalTime(time),
                    legalDays,
                    legalDays != null && r.p90Days() != null && r.p90Days().compareTo(legalDays) > 0,
                    r.mostAskedFor()));
        }
        return review;
    }

    /** "10 ngày làm việc", in the catalog's words. */
    private String legalTime(org.motcua.catalog.ProcessingTime time) {
        return messages.getMessage(
                "catalog.time." + time.unit().name(),
                new Object[] {time.amount().toPlainString().replace('.', ',')},
                Locale.of("vi"));
    }

    /** The public figures of a year: per month and competent agency (no sign-in needed). */
    @Transactional(readOnly = true)
    public List<PublicFigures> publicFigures(int year) {
        if (year < 2000 || year > now().getYear()) {
            throw DomainException.invalid("statistics.year_invalid", List.of(), Integer.toString(year));
        }
        return queries.monthly(year).stream()
                .map(m -> {
                    var agency = m.agencyId() == null
                            ? null
                            : catalog.agency(m.agencyId()).orElse(null);
                    return PublicFigures.of(
                            year,
                            m.month(),
                            agency == null ? null : agency.code(),
                            agency == null ? null : agency.name(),
                            m.figures());
                })
                .toList();
    }

    /** The whole province's figures, for the weekly report (no one to check: the caller did). */
    Map<String, Figures> province(LocalDate from, LocalDate to, GroupBy groupBy, LocalDateTime now) {
        return queries.figures(from, to, Scope.ALL, groupBy, weekStart, now);
    }

    List<Summary.Row> provinceRows(LocalDate from, LocalDate to, GroupBy groupBy, LocalDateTime now) {
        return rows(groupBy, province(from, to, groupBy, now));
    }

    List<LateDossier> provinceLate(LocalDate from, LocalDate to, LocalDateTime now) {
        return lateQueries.late(from, to, Scope.ALL, true, now);
    }

    private List<Summary.Row> rows(GroupBy groupBy, Map<String, Figures> figures) {
        List<Summary.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Figures> row : figures.entrySet()) {
            String[] keyAndLabel = label(groupBy, row.getKey());
            rows.add(new Summary.Row(keyAndLabel[0], keyAndLabel[1], row.getValue()));
        }
        if (!groupBy.isTime()) {
            rows.sort(Comparator.comparing(Summary.Row::label, Vietnam.COLLATOR));
        }
        return rows;
    }

    public byte[] workbook(Summary summary) {
        return FigureWorkbook.summary(summary);
    }

    /** The summary printed on landscape A4 pages. */
    public byte[] pdf(Summary summary) {
        return forms.report(
                "statistics-summary",
                Map.of("summary", summary, "columns", FigureColumns.ALL, "generatedAt", now().withNano(0)));
    }

    public DayOfWeek weekStart() {
        return weekStart;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Vietnam.ZONE));
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw DomainException.invalid("statistics.period_required", List.of());
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("statistics.period_reversed", List.of(), from, to);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            throw DomainException.invalid("statistics.period_too_long", List.of(), MAX_YEARS);
        }
    }

    private record Resolved(Scope scope, String name) {}

    private Resolved scope(Request request, CurrentUser user) {
        if (!mayRead(user)) {
            throw new DomainException("statistics.forbidden", HttpStatus.FORBIDDEN);
        }
        Set<UUID> allowed = readsProvince(user) ? null : catalog.agenciesAndDescendants(user.agencyIds());
        Set<UUID> agencies = allowed;
        String name = allowed == null ? "Toàn tỉnh" : "Các cơ quan được phân công";
        if (request.agency() != null && !request.agency().isBlank()) {
            AgencyView agency = catalog.agencyByCode(request.agency().trim())
                    .orElseThrow(
                            () -> DomainException.invalid("statistics.unknown_agency", List.of(), request.agency()));
            if (allowed != null && !allowed.contains(agency.id())) {
                throw new DomainException("statistics.agency_forbidden", HttpStatus.FORBIDDEN, agency.code());
            }
            agencies = catalog.agencyAndDescendants(agency.id());
            name = agency.name();
        }
        UUID procedureId = null;
        if (request.procedure() != null && !request.procedure().isBlank()) {
            ProcedureView procedure = catalog.procedureByCode(
                            request.procedure().trim())
                    .orElseThrow(() ->
                            DomainException.invalid("statistics.unknown_procedure", List.of(), request.procedure()));
            procedureId = procedure.id();
            name = name + " – " + procedure.name();
        }
        String field = null;
        if (request.field() != null && !request.field().isBlank()) {
            FieldView f = catalog.fields().stream()
                    .filter(v -> v.code().equalsIgnoreCase(request.field().trim()))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("statistics.unknown_field", List.of(), request.field()));
            field = f.code();
            name = name + " – " + f.name();
        }
        return new Resolved(new Scope(agencies, procedureId, field), name);
    }

    /** A row's key as clients know it (codes, not ids) and its label. */
    private String[] label(GroupBy groupBy, String key) {
        if (key == null || key.isEmpty()) {
            return new String[] {"", "(không rõ)"};
        }
        return switch (groupBy) {
            case AGENCY ->
                catalog.agency(UUID.fromString(key))
                        .map(a -> new String[] {a.code(), a.name()})
                        .orElse(new String[] {key, key});
            case PROCEDURE ->
                catalog.procedure(UUID.fromString(key))
                        .map(p -> new String[] {p.code(), p.name()})
                        .orElse(new String[] {key, key});
            case FIELD ->
                catalog.fields().stream()
                        .filter(f -> f.code().equals(key))
                        .findFirst()
                        .map(f -> new String[] {f.code(), f.name()})
                        .orElse(new String[] {key, key});
            case OFFICER ->
                users.find(UUID.fromString(key))
                        .map(u -> new String[] {u.username(), u.displayName()})
                        .orElse(new String[] {key, key});
            case CHANNEL ->
                new String[] {
                    key,
                    switch (key) {
                        case "ONLINE" -> "Trực tuyến";
                        case "POSTAL" -> "Bưu chính";
                        default -> "Trực tiếp";
                    }
                };
            case DAY, WEEK, MONTH -> new String[] {key, key};
        };
    }
}
