package org.motcua.dossier.internal;

import java.time.LocalDate;
import org.motcua.dossier.DossierCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out dossier codes. The counter row of a unit and day is incremented in its own short
 * transaction, so a busy desk does not hold that row locked while a whole receipt is written: a receipt
 * that later fails leaves a gap in the sequence (allowed), never a duplicate.
 */
@Component
class DossierCodes {

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DossierCode next(String unitCode, LocalDate receiptDate) {
        int sequence = jdbc.sql("""
                        insert into dossier.code_counter (unit_code, receipt_date, last_sequence)
                        values (:unit, :day, 1)
                        on conflict (unit_code, receipt_date)
                        do update set last_sequence = dossier.code_counter.last_sequence + 1
                        returning last_sequence
                        """)
                .param("unit", unitCode)
                .param("day", receiptDate)
                .query(Integer.class)
                .single();
        return new DossierCode(unitCode, receiptDate, sequence);
    }
}
