package org.motcua.nationalportal;

import java.time.Instant;

/**
 * Where a dossier stands with the national portal, for the officers' dossier page.
 *
 * @param sent updates the portal acknowledged
 * @param waiting updates not yet sent (waiting their turn or a retry)
 * @param failed updates given up on until an administrator retries them
 * @param lastSentAt when the portal last acknowledged one
 * @param lastSentStatus the portal status (1–10) it was last told
 * @param nextAttemptAt when the next attempt is due (null when nothing waits)
 * @param lastError why the latest attempt failed (null when it did not)
 * @param nationalCode the portal's own code, for a dossier submitted there
 */
public record SyncState(
        int sent,
        int waiting,
        int failed,
        Instant lastSentAt,
        Integer lastSentStatus,
        Instant nextAttemptAt,
        String lastError,
        String nationalCode) {

    /** SYNCED, WAITING, RETRYING, FAILED or NONE (nothing for the portal yet). */
    @com.fasterxml.jackson.annotation.JsonProperty("summary")
    public String summary() {
        if (failed > 0) {
            return "FAILED";
        }
        if (waiting > 0) {
            return lastError != null ? "RETRYING" : "WAITING";
        }
        return sent > 0 ? "SYNCED" : "NONE";
    }
}
