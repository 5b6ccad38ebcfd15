package org.motcua.calendar;

import org.motcua.shared.AfterCommit;
import org.motcua.shared.CacheChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the current {@link CalendarSnapshot}: loaded on first use, replaced after every committed change,
 * never reloaded per call. Other nodes on the same database reload when the change commits ({@link
 * CacheChanges}); see ADR 0002.
 */
@Component
class CalendarSnapshots {

    private final CalendarStore store;
    private final TransactionTemplate consistentRead;
    private final CacheChanges changes;
    private volatile CalendarSnapshot current;

    CalendarSnapshots(CalendarStore store, PlatformTransactionManager transactions, CacheChanges changes) {
        this.store = store;
        this.changes = changes;
        changes.onChangeElsewhere("calendar", this::reload);
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setReadOnly(true);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    CalendarSnapshot current() {
        CalendarSnapshot snapshot = current;
        if (snapshot == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                snapshot = current;
            }
        }
        return snapshot;
    }

    /** Rebuilds the snapshot once the running transaction has committed (at once without one). */
    void reloadAfterCommit() {
        changes.changed("calendar");
        AfterCommit.run(this::reload);
    }

    private synchronized void reload() {
        current = load();
    }

    private CalendarSnapshot load() {
        // One repeatable-read transaction: entries, confirmations and hours from the same committed state.
        return consistentRead.execute(
                tx -> CalendarSnapshot.of(store.entries(), store.confirmedYears(), store.weeks()));
    }
}
