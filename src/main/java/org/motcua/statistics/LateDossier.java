package org.motcua.statistics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.motcua.dossier.StepVerdict;

/**
 * A dossier finished after its original appointment, or still open past it, with why: the apology's reason
 * and new date when it was extended, and where the time went.
 *
 * @param appointment the original appointment (the statistical due time)
 * @param extendedTo the new appointment given with an apology, if any
 * @param finishedAt null while it is still open
 * @param lateMinutes working minutes past the original appointment (at the finish, or now if open)
 * @param late the same in words: "2 ngày 3 giờ làm việc"
 * @param steps the workflow steps and consultations it went through, in order, with what each used
 */
public record LateDossier(
        String code,
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName,
        LocalDateTime receivedAt,
        LocalDateTime appointment,
        LocalDateTime extendedTo,
        LocalDateTime finishedAt,
        long lateMinutes,
        String late,
        boolean apologised,
        String reason,
        List<Step> steps) {

    /**
     * One step's or one consultation's part.
     *
     * @param heldBy who handed the step on (or the consulted agency's answer came from)
     * @param budgetDays the step's budget in the workflow (null for a consultation: see {@code due})
     * @param usedDays working days the step took
     * @param overran used more than its budget, or finished after its due time
     */
    public record Step(
            int step,
            String name,
            String agency,
            String heldBy,
            LocalDateTime from,
            LocalDateTime to,
            BigDecimal budgetDays,
            BigDecimal usedDays,
            StepVerdict verdict,
            boolean overran,
            boolean consultation) {}

    /** Working minutes in words, in working days of {@link Figures#MINUTES_PER_WORKING_DAY} and hours. */
    public static String inWords(long minutes) {
        long days = minutes / Figures.MINUTES_PER_WORKING_DAY;
        long rest = minutes % Figures.MINUTES_PER_WORKING_DAY;
        long hours = rest / 60;
        long mins = rest % 60;
        StringBuilder s = new StringBuilder();
        if (days > 0) {
            s.append(days).append(" ngày ");
        }
        if (hours > 0) {
            s.append(hours).append(" giờ ");
        }
        if (mins > 0 || s.isEmpty()) {
            s.append(mins).append(" phút ");
        }
        return s.append("làm việc").toString();
    }
}
