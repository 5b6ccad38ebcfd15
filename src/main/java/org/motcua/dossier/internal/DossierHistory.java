package org.motcua.dossier.internal;

import java.util.List;
import java.util.UUID;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.SystemModule;
import org.motcua.shared.UntypedParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only history: one row per action, written in the same transaction as the dossier. */
@Component
public class DossierHistory {

    /** One history row as read back (for the timeline, the control slip and reports). */
    public record Entry(long id, Transition transition, ActedBy by) {
        public String actorName() {
            return by.name();
        }

        public String actorRole() {
            return by.role();
        }

        public UUID actorAgency() {
            return by.agencyId();
        }
    }

    private final JdbcClient jdbc;

    DossierHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the row and returns its id (issued forms refer to the action that produced them). */
    long append(UUID dossierId, Transition t, ActedBy actor) {
        return jdbc.sql("""
                        insert into dossier.history (dossier_id, at, action, from_status, to_status, from_step, to_step,
                                actor_id, actor_name, actor_role, actor_agency, actor_system, due_in_force, step_verdict, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(UntypedParams.of(
                        dossierId,
                        t.at(),
                        t.action(),
                        t.from(),
                        t.to(),
                        t.fromStep(),
                        t.toStep(),
                        actor.accountId(),
                        actor.name(),
                        actor.role(),
                        actor.agencyId(),
                        actor.system() == null ? null : actor.system().name(),
                        t.dueInForce(),
                        t.stepVerdict(),
                        t.note()))
                .query(Long.class)
                .single();
    }

    public List<Entry> of(UUID dossierId) {
        return jdbc.sql("select * from dossier.history where dossier_id = :dossier order by id")
                .param("dossier", dossierId)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        new Transition(
                                DossierAction.valueOf(rs.getString("action")),
                                DossierStatus.valueOf(rs.getString("from_status")),
                                DossierStatus.valueOf(rs.getString("to_status")),
                                (Integer) rs.getObject("from_step"),
                                (Integer) rs.getObject("to_step"),
                                rs.getTimestamp("at").toLocalDateTime(),
                                rs.getTimestamp("due_in_force") == null
                                        ? null
                                        : rs.getTimestamp("due_in_force").toLocalDateTime(),
                                rs.getString("step_verdict") == null
                                        ? null
                                        : StepVerdict.valueOf(rs.getString("step_verdict")),
                                rs.getString("note")),
                        new ActedBy(
                                rs.getObject("actor_id", UUID.class),
                                rs.getString("actor_name"),
                                rs.getString("actor_role"),
                                rs.getObject("actor_agency", UUID.class),
                                rs.getString("actor_system") == null
                                        ? null
                                        : SystemModule.valueOf(rs.getString("actor_system")))))
                .list();
    }
}
