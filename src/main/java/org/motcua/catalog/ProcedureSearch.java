package org.motcua.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.shared.Paging;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalog search over the versions in force, by the words of the procedure name without diacritics
 * ({@code f_unaccent}, so "đ" is "d"). Every typed word must be in the name: the GIN index on {@code
 * search_words} finds the candidates. When no procedure has them all, each typed word is replaced by the
 * similar words of the catalog's vocabulary ({@code catalog.search_word}, pg_trgm), so typos are
 * tolerated without comparing the query with every name.
 *
 * <p>Ranking: the whole query found as a phrase first, then words close together ({@code ts_rank_cd}),
 * then shorter names (the general procedure before its special cases), then agency.
 */
@Repository
class ProcedureSearch {

    /** Trigram similarity of a correction (pg_trgm's default): "lick" finds "lich" (0.43), "phat" "phap". */
    static final double TYPO_SIMILARITY = 0.3;

    /** Corrections per typed word, most similar first; bounds the size of the corrected query. */
    static final int CORRECTIONS_PER_WORD = 5;

    /** A national code typed in full (1.001193) finds that procedure at every agency. */
    private static final String NATIONAL_CODE = "p.national_code = :raw";

    private static final String WORDS = "v.search_words @@ cast(:words as tsquery)";

    private final JdbcClient jdbc;

    ProcedureSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProcedureSearchResult search(ProcedureQuery query, Set<UUID> agencies, LocalDate day) {
        String text = Text.clean(query.text());
        if (text == null) {
            return find(query, agencies, day, "true", null, null, null);
        }
        if (ProcedureRules.NATIONAL_CODE.matcher(text).matches()) {
            return find(query, agencies, day, NATIONAL_CODE, text, null, null);
        }
        // folded here, not inside the search query, so the planner sees the words and uses the index
        Folded folded = jdbc.sql("""
                        select text, plainto_tsquery('simple', text)::text as words
                        from (select lower(public.f_unaccent(?)) as text) typed
                        """)
                .param(text)
                .query((rs, n) -> new Folded(rs.getString("text"), rs.getString("words")))
                .single();
        if (folded.words().isEmpty()) { // only punctuation
            return new ProcedureSearchResult(List.of(), query.page(), query.size(), 0);
        }
        ProcedureSearchResult exact = find(query, agencies, day, WORDS, text, folded.text(), folded.words());
        if (exact.total() > 0) {
            return exact;
        }
        String corrected = corrected(folded.text());
        return corrected == null ? exact : find(query, agencies, day, WORDS, text, folded.text(), corrected);
    }

    /**
     * The typed words as a tsquery in which each word may be any of its similar words in the vocabulary,
     * e.g. {@code (lich | lick) & ...}; a word like none is left out. {@code null} when none is left.
     */
    private String corrected(String folded) {
        return jdbc.sql("""
                        select string_agg('(' || alternatives || ')', ' & ')
                        from unnest(tsvector_to_array(to_tsvector('simple', :text))) typed(word),
                             lateral (select string_agg(quote_literal(word), ' | ') as alternatives
                                      from (select word, word <-> typed.word as distance
                                            from catalog.search_word
                                            order by distance, word
                                            limit :limit) nearest
                                      where distance <= 1 - :similarity) corrections
                        where alternatives is not null
                        """)
                .param("text", folded)
                .param("limit", CORRECTIONS_PER_WORD)
                .param("similarity", TYPO_SIMILARITY)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * One page of the versions in force that pass {@code match} and the filters, and how many pass. The
     * matches are ranked on the version and procedure rows only; field names are joined for the page.
     */
    private ProcedureSearchResult find(
            ProcedureQuery query,
            Set<UUID> agencies,
            LocalDate day,
            String match,
            String raw,
            String folded,
            String words) {
        String sql = """
                with hits as (
                    select v.id, p.id as procedure_id, v.name, a.name as agency_name,
                           %s as phrase, %s as rank
                    from catalog.procedure_version v
                    join catalog.procedure p on p.id = v.procedure_id
                    join catalog.agency a on a.id = p.competent_agency_id
                    where %s
                      and (p.retired_from is null or p.retired_from > :day)
                      and %s
                      and (cast(:agencies as uuid[]) is null or p.competent_agency_id = any(cast(:agencies as uuid[])))
                      and (cast(:field as text) is null or v.field_id = (select id from catalog.field where code = :field))
                      and (cast(:channel as text) is null or cast(:channel as varchar) = any(v.channels))
                      and (cast(:online as text) is null or v.online_level = :online))
                select p.id, p.code, p.national_code, h.name, f.code as field_code, f.name as field_name,
                       p.competent_agency_id, h.agency_name, v.level, v.channels, v.online_level,
                       v.time_amount, v.time_unit, c.total
                from (select count(*) as total from hits) c
                left join lateral (select * from hits
                                   order by phrase desc, rank desc, length(name), name, agency_name
                                   limit :size offset :offset) h on true
                left join catalog.procedure_version v on v.id = h.id
                left join catalog.procedure p on p.id = h.procedure_id
                left join catalog.field f on f.id = v.field_id
                order by h.phrase desc, h.rank desc, length(h.name), h.name, h.agency_name
                """.formatted(
                        words == null ? "false" : "v.search_text like :contains",
                        words == null ? "0" : "ts_rank_cd(v.search_words, cast(:words as tsquery), 4)",
                        ProcedureRepository.IN_FORCE,
                        match);
        long[] total = {0};
        List<ProcedureSummary> items = new ArrayList<>();
        jdbc.sql(sql)
                .param("words", words)
                .param("contains", folded == null ? null : "%" + escapeLike(folded) + "%")
                .param("raw", raw == null ? "" : raw)
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
                .param("offset", Paging.offset(query.page(), query.size()))
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    if (rs.getObject("id") != null) { // a page past the end still has the count
                        items.add(summary(rs));
                    }
                });
        return new ProcedureSearchResult(items, query.page(), query.size(), total[0]);
    }

    private record Folded(String text, String words) {}

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

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
