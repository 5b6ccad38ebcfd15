package org.motcua.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table of procedure codes, national (MaTTHC) to local: a dossier submitted on the portal is received
 * for the local procedure it names; a dossier pushed there carries the national code it names. A local
 * procedure whose catalog entry already holds its national code needs no row for pushing.
 */
@Component
class ProcedureMappings {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Clock clock;

    ProcedureMappings(JdbcClient jdbc, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    List<ProcedureMapping> all() {
        return jdbc.sql("""
                        select national_code, procedure_code, receiving_center_id, updated_at
                          from national_portal.procedure_mapping order by national_code""")
                .query((rs, i) -> new ProcedureMapping(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    Optional<ProcedureMapping> find(String nationalCode) {
        if (nationalCode == null) {
            return Optional.empty();
        }
        return all().stream().filter(m -> m.nationalCode().equals(nationalCode)).findFirst();
    }

    /** Adds or replaces the mapping of {@code nationalCode}, checked against the catalog. */
    @Transactional
    ProcedureMapping save(String nationalCode, String procedureCode, UUID receivingCenterId) {
        String national = Text.line(nationalCode);
        String local = Text.line(procedureCode);
        List<FieldError> problems = new ArrayList<>();
        if (national == null) {
            problems.add(new FieldError("nationalCode", "NotBlank", null));
        } else if (national.length() > 60) {
            problems.add(new FieldError("nationalCode", "Size", null));
        }
        Optional<ProcedureView> procedure = local == null ? Optional.empty() : catalog.procedureByCode(local);
        if (local == null) {
            problems.add(new FieldError("procedureCode", "NotBlank", null));
        } else if (procedure.isEmpty()) {
            problems.add(new FieldError("procedureCode", "UnknownProcedure", null));
        }
        if (receivingCenterId != null) {
            if (catalog.agency(receivingCenterId).isEmpty()) {
                problems.add(new FieldError("receivingCenterId", "UnknownAgency", null));
            } else if (procedure.isPresent()
                    && !procedure.get().receivingCenterIds().isEmpty()
                    && !procedure.get().receivingCenterIds().contains(receivingCenterId)) {
                problems.add(new FieldError("receivingCenterId", "NotReceivedHere", null));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        var now = clock.instant();
        jdbc.sql("""
                        insert into national_portal.procedure_mapping
                            (national_code, procedure_code, receiving_center_id, updated_at)
                        values (?, ?, ?, ?)
                        on conflict (national_code) do update
                           set procedure_code = excluded.procedure_code,
                               receiving_center_id = excluded.receiving_center_id,
                               updated_at = excluded.updated_at""")
                .params(national, local, receivingCenterId, Timestamp.from(now))
                .update();
        return new ProcedureMapping(national, local, receivingCenterId, now);
    }

    @Transactional
    void delete(String nationalCode) {
        int removed = jdbc.sql("delete from national_portal.procedure_mapping where national_code = ?")
                .params(nationalCode)
                .update();
        if (removed == 0) {
            throw DomainException.notFound("nationalportal.mapping_not_found", nationalCode);
        }
    }
}
