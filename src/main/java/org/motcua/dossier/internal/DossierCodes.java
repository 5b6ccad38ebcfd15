package org.motcua.dossier.internal;

import java.time.LocalDate;
import org.motcua.dossier.DossierCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out dossier codes. The counter row of a unit and day is incremented in the receipt's own
 * transaction, on the connection it already holds: a receipt never waits for a second connection (which,
 * with every pooled connection held by a receipt waiting for one, starved the pool). The row stays
 * locked until the receipt commits, so the receipts of one unit and day commit one after the other and
 * their sequences have no gaps: a receipt that fails rolls its number back for the next one. Callers take
 * the code as late as they can in their transaction (after every check that may refuse the receipt), so
 * the lock is held only for the writes and the commit.
 */
@Component
class DossierCodes {

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next code of the unit and day; only inside the receipt's transaction (the number is its). */
    @Transactional(propagation = Propagation.MANDATORY)
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
