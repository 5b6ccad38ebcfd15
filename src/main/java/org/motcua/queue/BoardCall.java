package org.motcua.queue;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One call shown and spoken on a center's display boards: "Mời số {number} đến quầy số {counterNumber}".
 * {@code seq} numbers a center's calls without gaps in commit order; it is the SSE event id.
 */
public record BoardCall(
        UUID centerId, long seq, LocalDateTime at, Kind kind, int number, int counterNumber, String groupCode) {

    public enum Kind {
        CALL,
        RECALL
    }

    /** The sentence spoken by the board, Vietnamese. */
    public String spokenVi() {
        return "Mời số " + number + " đến quầy số " + counterNumber;
    }
}
