package org.motcua.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies, their code history, fields and counters. */
@Repository
class AgencyRepository {

    private static final String SELECT_AGENCY = """
            select a.id, a.code, a.parent_id, a.name, a.short_name, a.level, a.type, a.address, a.phone, a.email,
                   a.working_hours, a.active_from, a.active_to,
                   coalesce((select array_agg(c.code order by c.code) from catalog.agency_code c
                             where c.agency_id = a.id and not c.current), '{}') as previous_codes
            from catalog.agency a
            """;

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgencyView> findAll() {
        return jdbc.sql(SELECT_AGENCY + " order by a.code")
                .query(AgencyRepository::agency)
                .list();
    }

    Map<UUID, AgencyView> byId() {
        Map<UUID, AgencyView> all = new LinkedHashMap<>();
        findAll().forEach(a -> all.put(a.id(), a));
        return all;
    }

    Optional<AgencyView> find(UUID id) {
        return jdbc.sql(SELECT_AGENCY + " where a.id = ?")
                .param(id)
                .query(AgencyRepository::agency)
                .optional();
    }

    /** By its current code or any code it had before. */
    Optional<AgencyView> findByCode(String code) {
        return jdbc.sql(SELECT_AGENCY + " join catalog.agency_code k on k.agency_id = a.id where k.code = ?")
                .param(code)
                .query(AgencyRepository::agency)
                .optional();
    }

    Set<UUID> selfAndDescendants(UUID id) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from catalog.agency where id = ?
                            union
                            select a.id from catalog.agency a join tree t on a.parent_id = t.id)
                        select id from tree
                        """).param(id).query(UUID.class).set();
    }

    void insert(UUID id, AgencyDraft a) {
        jdbc.sql("""
                        insert into catalog.agency (id, code, parent_id, name, short_name, level, type, address, phone,
                            email, working_hours, active_from, active_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        a.code(),
                        a.parentId(),
                        a.name(),
                        a.shortName(),
                        a.level().name(),
                        a.type().name(),
                        a.address(),
                        a.phone(),
                        a.email(),
                        a.workingHours(),
                        a.activeFrom(),
                        a.activeTo())
                .update();
        linkCode(id, a.code());
    }

    void update(UUID id, AgencyDraft a) {
        jdbc.sql("""
                        update catalog.agency set code = ?, parent_id = ?, name = ?, short_name = ?, level = ?, type = ?,
                            address = ?, phone = ?, email = ?, working_hours = ?, active_from = ?, active_to = ?,
                            version = version + 1
                        where id = ?
                        """)
                .params(
                        a.code(),
                        a.parentId(),
                        a.name(),
                        a.shortName(),
                        a.level().name(),
                        a.type().name(),
                        a.address(),
                        a.phone(),
                        a.email(),
                        a.workingHours(),
                        a.activeFrom(),
                        a.activeTo(),
                        id)
                .update();
        linkCode(id, a.code());
    }

    /** Makes {@code code} the agency's current code; its earlier codes stay linked to it. */
    void linkCode(UUID id, String code) {
        jdbc.sql("update catalog.agency_code set current = false where agency_id = ? and code <> ?")
                .params(id, code)
                .update();
        jdbc.sql("""
                        insert into catalog.agency_code (code, agency_id, current) values (?, ?, true)
                        on conflict (code) do update set current = true where agency_code.agency_id = excluded.agency_id
                        """).params(code, id).update();
    }

    /** Records codes the agency had before (a merger brings the codes of the merged units). */
    void linkPreviousCode(UUID id, String code) {
        jdbc.sql("""
                        insert into catalog.agency_code (code, agency_id, current) values (?, ?, false)
                        on conflict (code) do nothing
                        """).params(code, id).update();
    }

    /** Owner of a code other than {@code agencyId}, if any. */
    Optional<UUID> codeOwner(String code) {
        return jdbc.sql("select agency_id from catalog.agency_code where code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    // fields

    List<FieldView> fields() {
        return jdbc.sql("""
                        select f.id, f.code, f.name,
                               (select count(distinct v.procedure_id) from catalog.procedure_version v
                                join catalog.procedure p on p.id = v.procedure_id
                                where v.field_id = f.id and v.status = 'PUBLISHED' and p.retired_from is null) as n
                        from catalog.field f order by f.name
                        """)
                .query((rs, n) -> new FieldView(
                        rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getLong("n")))
                .list();
    }

    Map<String, UUID> fieldIdsByCode() {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select code, id from catalog.field").query(rs -> {
            ids.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
        return ids;
    }

    /** Inserts or renames; answers whether it was new. */
    boolean saveField(String code, String name) {
        int updated = jdbc.sql("update catalog.field set name = ? where code = ?")
                .params(name, code)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into catalog.field (id, code, name) values (?, ?, ?)")
                    .params(UUID.randomUUID(), code, name)
                    .update();
        }
        return updated == 0;
    }

    // counters

    List<CounterView> counters(UUID centerId) {
        return counters("c.center_id = ?", centerId);
    }

    Optional<CounterView> counter(UUID counterId) {
        return counters("c.id = ?", counterId).stream().findFirst();
    }

    /** The counter an officer sits at (one at most, see {@link #saveCounter}). */
    Optional<CounterView> counterOf(UUID userId) {
        return counters("c.id in (select counter_id from catalog.counter_officer where user_id = ?)", userId).stream()
                .findFirst();
    }

    private List<CounterView> counters(String condition, UUID param) {
        return jdbc.sql("""
                        select c.id, c.center_id, c.number, c.name, c.active,
                          coalesce((select array_agg(agency_id) from catalog.counter_agency x where x.counter_id = c.id), '{}') agencies,
                          coalesce((select array_agg(field_code) from catalog.counter_field x where x.counter_id = c.id), '{}') fields,
                          coalesce((select array_agg(user_id) from catalog.counter_officer x where x.counter_id = c.id), '{}') officers
                        from catalog.counter c
                        """ + " where " + condition + " order by c.number")
                .param(param)
                .query((rs, n) -> new CounterView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("center_id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("name"),
                        Set.of((UUID[]) rs.getArray("agencies").getArray()),
                        Set.of((String[]) rs.getArray("fields").getArray()),
                        Set.of((UUID[]) rs.getArray("officers").getArray()),
                        rs.getBoolean("active")))
                .list();
    }

    boolean counterNumberTaken(UUID centerId, int number, UUID except) {
        return jdbc.sql("select count(*) from catalog.counter where center_id = ? and number = ? and id <> ?")
                        .params(centerId, number, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Writes a counter; its officers leave any other counter, as an officer sits at one counter. */
    void saveCounter(UUID id, UUID centerId, CounterDraft draft) {
        jdbc.sql("""
                        insert into catalog.counter (id, center_id, number, name, active) values (?, ?, ?, ?, ?)
                        on conflict (id) do update set number = excluded.number, name = excluded.name,
                            active = excluded.active
                        """)
                .params(id, centerId, draft.number(), draft.name(), draft.active())
                .update();
        draft.officerIds()
                .forEach(u -> jdbc.sql("delete from catalog.counter_officer where user_id = ? and counter_id <> ?")
                        .params(u, id)
                        .update());
        for (String table : List.of("counter_agency", "counter_field", "counter_officer")) {
            jdbc.sql("delete from catalog." + table + " where counter_id = ?")
                    .param(id)
                    .update();
        }
        draft.agencyIds()
                .forEach(a -> jdbc.sql("insert into catalog.counter_agency values (?, ?)")
                        .params(id, a)
                        .update());
        draft.fieldCodes()
                .forEach(f -> jdbc.sql("insert into catalog.counter_field values (?, ?)")
                        .params(id, f)
                        .update());
        draft.officerIds()
                .forEach(u -> jdbc.sql("insert into catalog.counter_officer values (?, ?)")
                        .params(id, u)
                        .update());
    }

    Optional<UUID> counterCenter(UUID counterId) {
        return jdbc.sql("select center_id from catalog.counter where id = ?")
                .param(counterId)
                .query(UUID.class)
                .optional();
    }

    private static AgencyView agency(ResultSet rs, int n) throws SQLException {
        return new AgencyView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                AdministrativeLevel.valueOf(rs.getString("level")),
                AgencyType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", UUID.class),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("working_hours"),
                rs.getObject("active_from", java.time.LocalDate.class),
                rs.getObject("active_to", java.time.LocalDate.class),
                List.of((String[]) rs.getArray("previous_codes").getArray()));
    }

    /** The agencies as a forest, children in code order. */
    static List<AgencyNode> tree(List<AgencyView> agencies) {
        Map<UUID, List<AgencyView>> children = agencies.stream()
                .filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AgencyView::parentId, LinkedHashMap::new, Collectors.toList()));
        List<AgencyNode> roots = new ArrayList<>();
        for (AgencyView agency : agencies) {
            if (agency.parentId() == null) {
                roots.add(node(agency, children));
            }
        }
        return roots;
    }

    private static AgencyNode node(AgencyView agency, Map<UUID, List<AgencyView>> children) {
        return new AgencyNode(
                agency,
                children.getOrDefault(agency.id(), List.of()).stream()
                        .map(c -> node(c, children))
                        .toList());
    }
}
