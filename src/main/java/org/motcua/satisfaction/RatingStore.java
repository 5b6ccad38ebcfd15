package org.motcua.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the satisfaction schema. */
@Repository
class RatingStore {

    /** A returned dossier as the rating rules need it. */
    record Returned(
            UUID dossierId,
            String code,
            UUID procedureId,
            String procedureCode,
            String fieldCode,
            UUID competentAgencyId,
            UUID receivingCenterId,
            UUID officerId,
            String officerName,
            LocalDateTime returnedAt) {}

    /** A rating row without the change deadline (which is a setting). */
    record Stored(
            UUID dossierId,
            Grade grade,
            String reason,
            Grade attitude,
            Grade timeliness,
            Grade guidance,
            Grade procedure,
            RatingSource source,
            UUID officerId,
            LocalDateTime firstRatedAt,
            LocalDateTime ratedAt,
            int revision) {}

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a returned dossier once (an event delivered twice changes nothing). */
    void returned(Returned r) {
        jdbc.sql("""
                        insert into satisfaction.rateable (dossier_id, code, procedure_id, procedure_code, field_code,
                            competent_agency_id, receiving_center_id, officer_id, officer_name, returned_at)
                        values (:id, :code, :procedure, :procedureCode, :field, :agency, :center, :officer, :name, :at)
                        on conflict (dossier_id) do nothing""")
                .param("id", r.dossierId())
                .param("code", r.code())
                .param("procedure", r.procedureId())
                .param("procedureCode", r.procedureCode())
                .param("field", r.fieldCode())
                .param("agency", r.competentAgencyId())
                .param("center", r.receivingCenterId())
                .param("officer", r.officerId())
                .param("name", r.officerName())
                .param("at", r.returnedAt())
                .update();
    }

    Optional<Returned> returned(UUID dossierId) {
        return jdbc.sql("select * from satisfaction.rateable where dossier_id = ?")
                .param(dossierId)
                .query(RatingStore::returned)
                .optional();
    }

    /** The result an officer of {@code officers} returned last, since {@code since}. */
    Optional<Returned> lastReturnedBy(Collection<UUID> officers, LocalDateTime since) {
        if (officers.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select * from satisfaction.rateable
                         where officer_id = any(cast(:officers as uuid[])) and returned_at >= :since
                         order by returned_at desc limit 1""")
                .param("officers", officers.stream().map(UUID::toString).toArray(String[]::new))
                .param("since", since)
                .query(RatingStore::returned)
                .optional();
    }

    Optional<Stored> rating(UUID dossierId, boolean forUpdate) {
        return jdbc.sql("select * from satisfaction.rating where dossier_id = ?" + (forUpdate ? " for update" : ""))
                .param(dossierId)
                .query(RatingStore::stored)
                .optional();
    }

    /** Inserts the first rating; false when another request inserted it first. */
    boolean insert(Stored s) {
        return jdbc.sql("""
                                insert into satisfaction.rating (dossier_id, grade, reason, attitude, timeliness, guidance,
                                    procedure, source, officer_id, first_rated_at, rated_at, revision)
                                values (:id, :grade, :reason, :attitude, :timeliness, :guidance, :procedure, :source,
                                    :officer, :first, :at, :revision)
                                on conflict (dossier_id) do nothing""").params(params(s)).update() == 1;
    }

    void update(Stored s) {
        jdbc.sql("""
                        update satisfaction.rating set grade = :grade, reason = :reason, attitude = :attitude,
                            timeliness = :timeliness, guidance = :guidance, procedure = :procedure, source = :source,
                            rated_at = :at, revision = :revision
                         where dossier_id = :id""").params(params(s)).update();
    }

    private static java.util.Map<String, Object> params(Stored s) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", s.dossierId());
        p.put("grade", s.grade().name());
        p.put("reason", s.reason());
        p.put("attitude", name(s.attitude()));
        p.put("timeliness", name(s.timeliness()));
        p.put("guidance", name(s.guidance()));
        p.put("procedure", name(s.procedure()));
        p.put("source", s.source().name());
        p.put("officer", s.officerId());
        p.put("first", s.firstRatedAt());
        p.put("at", s.ratedAt());
        p.put("revision", s.revision());
        return p;
    }

    /** The ratings of the given dossiers (for lists). */
    List<Stored> ratings(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from satisfaction.rating where dossier_id = any(cast(:ids as uuid[]))")
                .param("ids", dossierIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(RatingStore::stored)
                .list();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Returned returned(ResultSet rs, int row) throws SQLException {
        return new Returned(
                rs.getObject("dossier_id", UUID.class),
                rs.getString("code"),
                rs.getObject("procedure_id", UUID.class),
                rs.getString("procedure_code"),
                rs.getString("field_code"),
                rs.getObject("competent_agency_id", UUID.class),
                rs.getObject("receiving_center_id", UUID.class),
                rs.getObject("officer_id", UUID.class),
                rs.getString("officer_name"),
                rs.getTimestamp("returned_at").toLocalDateTime());
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getObject("dossier_id", UUID.class),
                grade(rs.getString("grade")),
                rs.getString("reason"),
                grade(rs.getString("attitude")),
                grade(rs.getString("timeliness")),
                grade(rs.getString("guidance")),
                grade(rs.getString("procedure")),
                RatingSource.valueOf(rs.getString("source")),
                rs.getObject("officer_id", UUID.class),
                time(rs.getTimestamp("first_rated_at")),
                time(rs.getTimestamp("rated_at")),
                rs.getInt("revision"));
    }

    private static Grade grade(String value) {
        return value == null ? null : Grade.valueOf(value);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
