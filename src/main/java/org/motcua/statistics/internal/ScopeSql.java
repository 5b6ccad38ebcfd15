package org.motcua.statistics.internal;

import java.util.UUID;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL condition of a {@link Scope} and its parameters, for the rollup and the fact rows alike. */
final class ScopeSql {

    private ScopeSql() {}

    /** " and …" for the rows of {@code alias} ("f." or ""): an agency counts as competent or as receiver. */
    static String where(Scope scope, String alias) {
        StringBuilder where = new StringBuilder();
        if (scope.agencies() != null) {
            where.append(" and (")
                    .append(alias)
                    .append("competent_agency_id = any(cast(:agencies as uuid[])) or ")
                    .append(alias)
                    .append("receiving_center_id = any(cast(:agencies as uuid[])))");
        }
        if (scope.procedureId() != null) {
            where.append(" and ").append(alias).append("procedure_id = :procedure");
        }
        if (scope.fieldCode() != null) {
            where.append(" and ").append(alias).append("field_code = :field");
        }
        return where.append('\n').toString();
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Scope scope) {
        if (scope.agencies() != null) {
            sql = sql.param(
                    "agencies", scope.agencies().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (scope.procedureId() != null) {
            sql = sql.param("procedure", scope.procedureId());
        }
        if (scope.fieldCode() != null) {
            sql = sql.param("field", scope.fieldCode());
        }
        return sql;
    }
}
