package org.motcua.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalog search over the versions in force. Text is matched without diacritics ({@code f_unaccent})
 * with trigram word similarity, so typos are tolerated; the trigram GIN index on {@code search_text}
 * serves both the similarity operator and the substring match.
 *
 * <p>Ranking: the whole query found as a phrase first, then word similarity, then shorter names
 * (the general procedure before its special cases).
 */
@Repository
class ProcedureSearch {

    /** Lower than pg_trgm's default 0.6 so that one or two typos in a short word still match. */
    static final String WORD_SIMILARITY_THRESHOLD = "0.5";

    /** A phrase found as is outranks a similar one. */
    private static final String SCORE = "(v.search_text like :contains)::int + word_similarity(:text, v.search_text)";

    /**
     * Both conditions are served by the trigram GIN index (a BitmapOr of two index scans); a condition
     * on another table in the same OR would turn it into a sequential scan.
     */
    private static final String MATCH = "(:text <% v.search_text or v.search_text like :contains)";

    /** A national code typed in full (1.001193) finds that procedure at every agency. */
    private static final String NATIONAL_CODE = "p.national_code = :raw";

    private final JdbcClient jdbc;

    ProcedureSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProcedureSearchResult search(ProcedureQuery query, Set<UUID> agencies, LocalDate day) {
        String text = Text.clean(query.text());
        String folded = null;
        if (text != null) {
            // folded here, not inside the search query, so the planner sees the pattern and uses the index
            folded = jdbc.sql(
                            "select lower(public.f_unaccent(?)), set_config('pg_trgm.word_similarity_threshold', ?, true)")
                    .params(text, WORD_SIMILARITY_THRESHOLD)
                    .query((rs, n) -> rs.getString(1))
                    .single();
        }
        String sql = """
                select p.id, p.code, p.national_code, v.name, f.code as field_code, f.name as field_name,
                       p.competent_agency_id, a.name as agency_name, v.level, v.channels, v.online_level,
                       v.time_amount, v.time_unit, count(*) over () as total,
                       %s as score
                from catalog.procedure_version v
                join catalog.procedure p on p.id = v.procedure_id
                join catalog.field f on f.id = v.field_id
                join catalog.agency a on a.id = p.competent_agency_id
                where %s
                  and (p.retired_from is null or p.retired_from > :day)
                  and %s
                  and (cast(:agencies as uuid[]) is null or p.competent_agency_id = any(cast(:agencies as uuid[])))
                  and (cast(:field as text) is null or f.code = :field)
                  and (cast(:channel as text) is null or cast(:channel as varchar) = any(v.channels))
                  and (cast(:online as text) is null or v.online_level = :online)
                order by score desc, length(v.name), v.name, a.name
                limit :size offset :offset
                """.formatted(
                        folded == null ? "0" : SCORE,
                        ProcedureRepository.IN_FORCE,
                        folded == null
                                ? "true"
                                : ProcedureRules.NATIONAL_CODE.matcher(text).matches() ? NATIONAL_CODE : MATCH);
        List<Hit> hits = jdbc.sql(sql)
                .param("text", folded)
                .param("contains", folded == null ? null : "%" + escapeLike(folded) + "%")
                .param("raw", text == null ? "" : text)
                .param("day", day)
                .param("agencies", agencies == null ? null : ProcedureRepository.array(agencies))
                .param("field", query.fieldCode())
                .param(
                        "channel",
                        query.channel() == null ? null : query.channel().name())
                .param(
                        "online",
                        query.onlineLevel() == null ? null : query.onlineLevel().name())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new Hit(summary(rs), rs.getLong("total")))
                .list();
        long total = hits.isEmpty() ? 0 : hits.getFirst().total();
        return new ProcedureSearchResult(hits.stream().map(Hit::summary).toList(), query.page(), query.size(), total);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Hit(ProcedureSummary summary, long total) {}

    private static ProcedureSummary summary(ResultSet rs) throws SQLException {
        return new ProcedureSummary(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("national_code"),
                rs.getString("name"),
                rs.getString("field_code"),
                rs.getString("field_name"),
                rs.getObject("competent_agency_id", UUID.class),
                rs.getString("agency_name"),
                AdministrativeLevel.valueOf(rs.getString("level")),
                ProcedureRepository.enums(rs, "channels", Channel.class),
                Optional.ofNullable(rs.getString("online_level"))
                        .map(OnlineLevel::valueOf)
                        .orElse(null),
                ProcedureRepository.time(rs));
    }
}
