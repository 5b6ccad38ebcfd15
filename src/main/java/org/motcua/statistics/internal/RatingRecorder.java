package org.motcua.statistics.internal;

import org.motcua.satisfaction.DossierRated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code statistics.rating_fact} from the satisfaction module's events: a rating inserts the row, a
 * change of it replaces the grade. Idempotent and order-proof: a revision older than the one kept changes
 * nothing.
 */
@Component
public class RatingRecorder {

    private final JdbcClient jdbc;

    RatingRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void onRated(DossierRated e) {
        record(e);
    }

    /** Applies one rating event (the listener's and the tests' way in); idempotent. */
    public void record(DossierRated e) {
        jdbc.sql("""
                        insert into statistics.rating_fact (dossier_id, rated_on, receiving_center_id,
                            competent_agency_id, procedure_id, field_code, officer_id, grade, revision)
                        values (:id, :on, :center, :agency, :procedure, :field, :officer, :grade, :revision)
                        on conflict (dossier_id) do update set grade = excluded.grade, revision = excluded.revision
                         where statistics.rating_fact.revision < excluded.revision""")
                .param("id", e.dossierId())
                .param("on", e.firstRatedAt().toLocalDate())
                .param("center", e.receivingCenterId())
                .param("agency", e.competentAgencyId())
                .param("procedure", e.procedureId())
                .param("field", e.fieldCode())
                .param("officer", e.officerId())
                .param("grade", e.grade().name())
                .param("revision", e.revision())
                .update();
    }
}
