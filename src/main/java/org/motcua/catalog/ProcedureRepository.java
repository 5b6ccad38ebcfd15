package org.motcua.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Procedures and their versions. A published version row and its children are written once and never
 * updated; a draft is replaced as a whole each time it is saved.
 */
@Repository
class ProcedureRepository {

    /** The version in force on a date: the published one with the latest effective date, then number. */
    static final String IN_FORCE = """
            v.status = 'PUBLISHED' and v.effective_from <= :day
            and not exists (select 1 from catalog.procedure_version w
                            where w.procedure_id = v.procedure_id and w.status = 'PUBLISHED' and w.effective_from <= :day
                              and (w.effective_from, w.number) > (v.effective_from, v.number))
            """;

    private final JdbcClient jdbc;
    private final CatalogCache cache;

    ProcedureRepository(JdbcClient jdbc, CatalogCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    record ProcedureHead(UUID id, String code, String nationalCode, UUID competentAgencyId, LocalDate retiredFrom) {}

    Optional<ProcedureHead> head(UUID id) {
        return jdbc.sql(
                        "select id, code, national_code, competent_agency_id, retired_from from catalog.procedure where id = ?")
                .param(id)
                .query(ProcedureRepository::head)
                .optional();
    }

    Optional<ProcedureHead> headByCode(String code) {
        return jdbc.sql(
                        "select id, code, national_code, competent_agency_id, retired_from from catalog.procedure where code = ?")
                .param(code)
                .query(ProcedureRepository::head)
                .optional();
    }

    /** The procedures that publish this code of the national database (one per competent agency). */
    List<ProcedureHead> headsByNationalCode(String nationalCode) {
        return jdbc.sql(
                        "select id, code, national_code, competent_agency_id, retired_from from catalog.procedure where national_code = ?")
                .param(nationalCode)
                .query(ProcedureRepository::head)
                .list();
    }

    /** Another procedure with this national code at this agency. */
    Optional<UUID> sameNationalCode(String nationalCode, UUID agencyId, UUID except) {
        if (nationalCode == null) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select id from catalog.procedure where national_code = ? and competent_agency_id = ? and id <> ?")
                .params(nationalCode, agencyId, except)
                .query(UUID.class)
                .optional();
    }

    void insertHead(UUID id, String code, ProcedureDraft draft) {
        cache.proceduresChanged();
        jdbc.sql("insert into catalog.procedure (id, code, national_code, competent_agency_id) values (?, ?, ?, ?)")
                .params(id, code, draft.nationalCode(), draft.competentAgencyId())
                .update();
    }

    void updateHead(UUID id, String nationalCode, UUID agencyId) {
        cache.proceduresChanged();
        jdbc.sql(
                        "update catalog.procedure set national_code = ?, competent_agency_id = ?, version = version + 1 where id = ?")
                .params(nationalCode, agencyId, id)
                .update();
    }

    void retire(UUID id, LocalDate from) {
        cache.proceduresChanged();
        jdbc.sql("update catalog.procedure set retired_from = ?, version = version + 1 where id = ?")
                .params(from, id)
                .update();
    }

    Optional<UUID> versionInForce(UUID procedureId, LocalDate day) {
        return jdbc.sql("select v.id from catalog.procedure_version v where v.procedure_id = :id and " + IN_FORCE)
                .param("id", procedureId)
                .param("day", day)
                .query(UUID.class)
                .optional();
    }

    Optional<UUID> draft(UUID procedureId) {
        return jdbc.sql("select id from catalog.procedure_version where procedure_id = ? and status = 'DRAFT'")
                .param(procedureId)
                .query(UUID.class)
                .optional();
    }

    /** The newest published version, whatever its effective date (the base of the next version). */
    Optional<UUID> latestPublished(UUID procedureId) {
        return jdbc.sql("""
                        select id from catalog.procedure_version where procedure_id = ? and status = 'PUBLISHED'
                        order by number desc limit 1
                        """).param(procedureId).query(UUID.class).optional();
    }

    int nextNumber(UUID procedureId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from catalog.procedure_version where procedure_id = ?")
                .param(procedureId)
                .query(Integer.class)
                .single();
    }

    void deleteDraft(UUID procedureId) {
        jdbc.sql("delete from catalog.procedure_version where procedure_id = ? and status = 'DRAFT'")
                .param(procedureId)
                .update();
    }

    void publish(UUID versionId, LocalDate effectiveFrom, Instant at) {
        cache.proceduresChanged();
        jdbc.sql("""
                        update catalog.procedure_version set status = 'PUBLISHED', effective_from = ?, published_at = ?
                        where id = ?
                        """)
                .params(effectiveFrom, OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), versionId)
                .update();
        // the vocabulary that ProcedureSearch corrects typed words against
        jdbc.sql("""
                        insert into catalog.search_word
                        select unnest(tsvector_to_array(search_words)) from catalog.procedure_version where id = ?
                        on conflict do nothing
                        """).param(versionId).update();
    }

    /** Writes a version and its documents, fees and steps. */
    void insertVersion(UUID procedureId, UUID versionId, int number, ProcedureDraft d, Map<String, UUID> fieldIds) {
        ProcessingTime time = d.processingTime();
        jdbc.sql("""
                        insert into catalog.procedure_version (id, procedure_id, number, status, name, field_id, level,
                            all_centers, channels, online_level, time_amount, time_unit, same_day_cut_off, applicant_types,
                            result_name, result_kind, legal_basis, conditions, implementation_steps, four_on_site,
                            decision_number, decision_date)
                        values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, cast(? as varchar[]), ?, ?, ?, ?, cast(? as varchar[]),
                            ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        versionId,
                        procedureId,
                        number,
                        d.name(),
                        fieldIds.get(d.fieldCode()),
                        d.level().name(),
                        d.receivingCenterIds().isEmpty(),
                        array(d.channels()),
                        name(d.onlineLevel()),
                        time == null ? null : time.amount(),
                        time == null ? null : time.unit().name(),
                        d.sameDayCutOff(),
                        array(d.applicantTypes()),
                        d.resultName(),
                        name(d.resultKind()),
                        d.legalBasis(),
                        d.conditions(),
                        d.implementationSteps(),
                        d.fourOnSiteEligible(),
                        d.decisionNumber(),
                        d.decisionDate())
                .update();
        d.channelTimes()
                .forEach((channel, t) -> jdbc.sql("insert into catalog.procedure_channel_time values (?, ?, ?, ?)")
                        .params(versionId, channel.name(), t.amount(), t.unit().name())
                        .update());
        d.receivingCenterIds()
                .forEach(c -> jdbc.sql("insert into catalog.procedure_center values (?, ?)")
                        .params(versionId, c)
                        .update());
        int position = 0;
        for (UUID partner : d.lienThongPartnerIds()) {
            jdbc.sql("insert into catalog.procedure_partner values (?, ?, ?)")
                    .params(versionId, ++position, partner)
                    .update();
        }
        for (RequiredDocumentView doc : d.documents()) {
            jdbc.sql("insert into catalog.required_document values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            versionId,
                            doc.order(),
                            doc.name(),
                            doc.form().name(),
                            doc.quantity(),
                            doc.mandatory(),
                            doc.templateFileName(),
                            doc.fromEDataStore(),
                            doc.templateSha256())
                    .update();
        }
        position = 0;
        for (FeeView fee : d.fees()) {
            int feePosition = ++position;
            jdbc.sql("insert into catalog.fee values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            versionId,
                            feePosition,
                            fee.name(),
                            fee.kind().name(),
                            fee.amountVnd(),
                            fee.unit(),
                            fee.exemptionNote())
                    .update();
            int tier = 0;
            for (FeeTier t : fee.tiers()) {
                jdbc.sql("insert into catalog.fee_tier values (?, ?, ?, ?, ?)")
                        .params(versionId, feePosition, ++tier, t.label(), t.amountVnd())
                        .update();
            }
        }
        for (WorkflowStepView step : d.steps()) {
            jdbc.sql("""
                            insert into catalog.workflow_step values (?, ?, ?, ?, ?, ?, cast(? as integer[]), cast(? as integer[]))
                            """)
                    .params(
                            versionId,
                            step.order(),
                            step.name(),
                            step.responsibleAgencyId(),
                            step.role().name(),
                            step.budgetDays(),
                            array(step.nextSteps()),
                            array(step.backSteps()))
                    .update();
        }
    }

    Optional<ProcedureView> load(UUID versionId) {
        Optional<ProcedureView> base =
                jdbc.sql("""
                        select v.*, p.code, p.national_code as p_national, p.competent_agency_id as p_agency,
                               f.code as field_code, f.name as field_name
                        from catalog.procedure_version v
                        join catalog.procedure p on p.id = v.procedure_id
                        join catalog.field f on f.id = v.field_id
                        where v.id = ?
                        """).param(versionId).query((rs, n) -> version(rs)).optional();
        return base.map(this::withChildren);
    }

    private ProcedureView withChildren(ProcedureView v) {
        UUID id = v.versionId();
        Set<UUID> centers = jdbc.sql("select center_id from catalog.procedure_center where version_id = ?")
                .param(id)
                .query(UUID.class)
                .set();
        Set<UUID> partners = new java.util.LinkedHashSet<>(
                jdbc.sql("select agency_id from catalog.procedure_partner where version_id = ? order by position")
                        .param(id)
                        .query(UUID.class)
                        .list());
        List<RequiredDocumentView> documents = jdbc.sql(
                        "select * from catalog.required_document where version_id = ? order by position")
                .param(id)
                .query((rs, n) -> new RequiredDocumentView(
                        rs.getInt("position"),
                        rs.getString("name"),
                        DocumentForm.valueOf(rs.getString("form")),
                        rs.getInt("quantity"),
                        rs.getBoolean("mandatory"),
                        rs.getString("template_file"),
                        rs.getBoolean("from_e_data_store"),
                        rs.getString("template_sha256")))
                .list();
        Map<Integer, List<FeeTier>> tiers = new HashMap<>();
        jdbc.sql(
                        "select fee_position, label, amount_vnd from catalog.fee_tier where version_id = ? order by fee_position, position")
                .param(id)
                .query(rs -> {
                    tiers.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new FeeTier(rs.getString(2), rs.getLong(3)));
                });
        List<FeeView> fees = jdbc.sql("select * from catalog.fee where version_id = ? order by position")
                .param(id)
                .query((rs, n) -> new FeeView(
                        rs.getString("name"),
                        FeeKind.valueOf(rs.getString("kind")),
                        rs.getObject("amount_vnd", Long.class),
                        rs.getString("unit"),
                        tiers.getOrDefault(rs.getInt("position"), List.of()),
                        rs.getString("exemption_note")))
                .list();
        List<WorkflowStepView> steps = jdbc.sql(
                        "select * from catalog.workflow_step where version_id = ? order by position")
                .param(id)
                .query((rs, n) -> new WorkflowStepView(
                        rs.getInt("position"),
                        rs.getString("name"),
                        rs.getObject("agency_id", UUID.class),
                        StepRole.valueOf(rs.getString("role")),
                        rs.getBigDecimal("budget_days"),
                        ints(rs, "next_steps"),
                        ints(rs, "back_steps")))
                .list();
        Map<Channel, ProcessingTime> channelTimes = new HashMap<>();
        jdbc.sql("select channel, amount, unit from catalog.procedure_channel_time where version_id = ?")
                .param(id)
                .query(rs -> {
                    channelTimes.put(
                            Channel.valueOf(rs.getString(1)),
                            new ProcessingTime(rs.getBigDecimal(2), ProcessingTimeUnit.valueOf(rs.getString(3))));
                });
        return new ProcedureView(
                v.id(),
                v.versionId(),
                v.version(),
                v.code(),
                v.nationalCode(),
                v.name(),
                v.fieldCode(),
                v.fieldName(),
                v.level(),
                v.competentAgencyId(),
                v.processingTime(),
                channelTimes,
                v.sameDayCutOff(),
                v.channels(),
                v.onlineLevel(),
                v.fourOnSiteEligible(),
                centers,
                documents,
                fees,
                steps,
                partners,
                v.resultName(),
                v.resultKind(),
                v.effectiveFrom(),
                v.applicantTypes(),
                v.legalBasis(),
                v.conditions(),
                v.implementationSteps(),
                v.decisionNumber(),
                v.decisionDate(),
                v.status());
    }

    List<ProcedureVersionSummary> history(UUID procedureId) {
        return jdbc.sql("""
                        select v.id, v.number, v.status, v.effective_from, v.published_at, v.name, v.time_amount,
                               v.time_unit, (select count(*) from catalog.workflow_step s where s.version_id = v.id) steps
                        from catalog.procedure_version v where v.procedure_id = ? order by v.number desc
                        """)
                .param(procedureId)
                .query((rs, n) -> new ProcedureVersionSummary(
                        rs.getObject("id", UUID.class),
                        rs.getInt("number"),
                        VersionStatus.valueOf(rs.getString("status")),
                        rs.getObject("effective_from", LocalDate.class),
                        Optional.ofNullable(rs.getObject("published_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null),
                        rs.getString("name"),
                        time(rs),
                        rs.getInt("steps")))
                .list();
    }

    /** Codes and ids of every procedure that is not retired, for export. */
    List<ProcedureHead> heads() {
        return jdbc.sql(
                        "select id, code, national_code, competent_agency_id, retired_from from catalog.procedure where retired_from is null order by code")
                .query(ProcedureRepository::head)
                .list();
    }

    private static ProcedureHead head(ResultSet rs, int n) throws SQLException {
        return new ProcedureHead(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("national_code"),
                rs.getObject("competent_agency_id", UUID.class),
                rs.getObject("retired_from", LocalDate.class));
    }

    /** The version row alone (empty lists); {@link #withChildren} adds them. */
    private static ProcedureView version(ResultSet rs) throws SQLException {
        return new ProcedureView(
                rs.getObject("procedure_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getInt("number"),
                rs.getString("code"),
                rs.getString("p_national"),
                rs.getString("name"),
                rs.getString("field_code"),
                rs.getString("field_name"),
                AdministrativeLevel.valueOf(rs.getString("level")),
                rs.getObject("p_agency", UUID.class),
                time(rs),
                Map.of(),
                rs.getObject("same_day_cut_off", LocalTime.class),
                enums(rs, "channels", Channel.class),
                Optional.ofNullable(rs.getString("online_level"))
                        .map(OnlineLevel::valueOf)
                        .orElse(null),
                rs.getBoolean("four_on_site"),
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                rs.getString("result_name"),
                Optional.ofNullable(rs.getString("result_kind"))
                        .map(ResultKind::valueOf)
                        .orElse(null),
                rs.getObject("effective_from", LocalDate.class),
                enums(rs, "applicant_types", ApplicantType.class),
                rs.getString("legal_basis"),
                rs.getString("conditions"),
                rs.getString("implementation_steps"),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                VersionStatus.valueOf(rs.getString("status")));
    }

    static ProcessingTime time(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("time_amount");
        String unit = rs.getString("time_unit");
        return amount == null || unit == null ? null : new ProcessingTime(amount, ProcessingTimeUnit.valueOf(unit));
    }

    static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : (String[]) rs.getArray(column).getArray()) {
            values.add(Enum.valueOf(type, value));
        }
        return values;
    }

    private static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((Integer[]) rs.getArray(column).getArray());
    }

    /** A PostgreSQL array literal; the values are enum names and numbers, never user text. */
    static String array(java.util.Collection<?> values) {
        return values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
