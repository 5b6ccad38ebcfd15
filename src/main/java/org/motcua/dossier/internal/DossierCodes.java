package org.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.motcua.dossier.DossierCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out dossier codes, in the receipt's own transaction and on the connection it already holds (a
 * receipt never waits for a second connection: with every pooled connection held by a receipt waiting
 * for one, that starved the pool).
 *
 * <p>Receipts of one unit and day do not queue behind each other: the numbers are handed out ahead in
 * blocks ({@code dossier.code_slot}), and each receipt takes the lowest free number that no other receipt
 * in flight holds, deleting it. A receipt that fails rolls the delete back, so its number goes to the next
 * receipt: numbers are never duplicated and, once the receipts in flight have committed, have no gaps.
 * Only when no number is free does a receipt lock the unit's counter row to add a block, and then it holds
 * that lock until it commits (the new numbers are invisible to others until then).
 */
@Component
class DossierCodes {

    /** Numbers added at a time: one receipt in this many waits for the counter row. */
    static final int BLOCK = 50;

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next code of the unit and day; only inside the receipt's transaction (the number is its). */
    @Transactional(propagation = Propagation.MANDATORY)
    public DossierCode next(String unitCode, LocalDate receiptDate) {
        int sequence = take(unitCode, receiptDate).orElseGet(() -> {
            int handedOut = lockCounter(unitCode, receiptDate);
            // A block committed while we waited for the lock is visible now.
            return take(unitCode, receiptDate).orElseGet(() -> addBlock(unitCode, receiptDate, handedOut));
        });
        return new DossierCode(unitCode, receiptDate, sequence);
    }

    private Optional<Integer> take(String unitCode, LocalDate day) {
        return jdbc.sql("""
                        delete from dossier.code_slot s
                        where (s.unit_code, s.receipt_date, s.sequence) = (
                            select unit_code, receipt_date, sequence from dossier.code_slot
                            where unit_code = :unit and receipt_date = :day
                            order by sequence limit 1 for update skip locked)
                        returning s.sequence
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .query(Integer.class)
                .optional();
    }

    /** Locks the unit's counter row of the day (creating it) and answers the last number handed out. */
    private int lockCounter(String unitCode, LocalDate day) {
        return jdbc.sql("""
                        insert into dossier.code_counter (unit_code, receipt_date, last_sequence)
                        values (:unit, :day, 0)
                        on conflict (unit_code, receipt_date)
                        do update set last_sequence = dossier.code_counter.last_sequence
                        returning last_sequence
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    /** Hands out the next block: takes its first number and leaves the others free. */
    private int addBlock(String unitCode, LocalDate day, int handedOut) {
        jdbc.sql("""
                        update dossier.code_counter set last_sequence = :last
                        where unit_code = :unit and receipt_date = :day
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .param("last", handedOut + BLOCK)
                .update();
        jdbc.sql("""
                        insert into dossier.code_slot (unit_code, receipt_date, sequence)
                        select :unit, :day, n from generate_series(:first, :last) n
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .param("first", handedOut + 2)
                .param("last", handedOut + BLOCK)
                .update();
        return handedOut + 1;
    }
}
