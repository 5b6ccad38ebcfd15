package org.motcua.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's tables as a backup copies them: every table of every schema but the migration history
 * and the state that must not come back (sessions, API tokens, sign-in throttling, job locks), in an order
 * where each table comes after the tables its foreign keys point to, each with its stored columns (not the
 * generated ones, which the database computes again).
 */
final class Tables {

    /** Not copied: who is signed in, throttled or running a job now means nothing after a restore. */
    static final Set<String> NOT_COPIED = Set.of(
            "public.flyway_schema_history",
            "shared.http_session",
            "shared.http_session_attributes",
            "shared.job_lock",
            "identity.api_token",
            "identity.sign_in_failure",
            "identity.password_reset");

    private Tables() {}

    /** The tables in load order, each with its stored columns. */
    static Map<String, List<String>> inLoadOrder(JdbcClient jdbc) {
        List<String> names = jdbc.sql("""
                        select n.nspname || '.' || c.relname
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relkind in ('r', 'p') and not c.relispartition
                           and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_%'
                         order by 1
                        """).query(String.class).list().stream()
                .filter(t -> !NOT_COPIED.contains(t))
                .toList();
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        names.forEach(n -> dependsOn.put(n, new LinkedHashSet<>()));
        jdbc.sql("""
                        select cn.nspname || '.' || c.relname, fn.nspname || '.' || f.relname
                          from pg_constraint k
                          join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
                          join pg_class f on f.oid = k.confrelid join pg_namespace fn on fn.oid = f.relnamespace
                         where k.contype = 'f'
                        """)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(fk -> {
                    if (dependsOn.containsKey(fk.get(0)) && !fk.get(0).equals(fk.get(1))) {
                        dependsOn.get(fk.get(0)).add(fk.get(1));
                    }
                });
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>(names);
        while (!remaining.isEmpty()) {
            // the first table whose referenced tables are all loaded (or not copied at all)
            String next = remaining.stream()
                    .filter(t -> dependsOn.get(t).stream()
                            .allMatch(d -> ordered.containsKey(d) || !dependsOn.containsKey(d)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + remaining));
            remaining.remove(next);
            ordered.put(next, columns(jdbc, next));
        }
        return ordered;
    }

    private static List<String> columns(JdbcClient jdbc, String table) {
        return jdbc.sql("""
                        select quote_ident(a.attname) from pg_attribute a
                         where a.attrelid = cast(:table as regclass) and a.attnum > 0 and not a.attisdropped
                           and a.attgenerated = ''
                         order by a.attnum
                        """).param("table", table).query(String.class).list();
    }

    /** A table's name as SQL: {@code schema.name}, each part quoted where needed. */
    static String quoted(String table) {
        int dot = table.indexOf('.');
        return '"' + table.substring(0, dot) + "\".\"" + table.substring(dot + 1) + '"';
    }
}
