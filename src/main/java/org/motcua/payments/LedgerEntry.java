package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/** One row of the append-only ledger, in exact đồng. */
public record LedgerEntry(
        long seq, LedgerKind kind, long amountVnd, UUID paymentId, LocalDateTime at, String actor, String note) {

    /** The entry's effect on what the dossier still owes. */
    public long effectVnd() {
        return kind.sign() * amountVnd;
    }
}
