package org.motcua.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The weekly report to the provincial People's Committee: the seven days before the Friday it is due
 * (Friday to Thursday), beside the week before and the year to date, per agency, the agencies ranked by
 * dossiers received online, and the late dossiers with their reasons.
 *
 * @param agencies this week's figures per competent agency
 * @param online the agencies that received dossiers online this week, most first
 */
public record WeeklyReport(
        LocalDate from,
        LocalDate to,
        LocalDateTime generatedAt,
        Figures week,
        Figures previousWeek,
        Figures yearToDate,
        List<Summary.Row> agencies,
        List<Summary.Row> online,
        List<LateDossier> late) {

    /** A report as listed: its week and when it was made. */
    public record Listed(LocalDate from, LocalDate to, LocalDateTime generatedAt) {}

    /** The headline changes against the week before, in words ("+12,4% so với tuần trước"). */
    public String receivedChange() {
        return VietnameseNumbers.change(week.receivedNew(), previousWeek.receivedNew(), "tuần trước");
    }

    public String resolvedChange() {
        return VietnameseNumbers.change(week.resolvedTotal(), previousWeek.resolvedTotal(), "tuần trước");
    }

    public String onTimeChange() {
        return VietnameseNumbers.points(week.onTimeRate(), previousWeek.onTimeRate());
    }

    public String feesChange() {
        return VietnameseNumbers.change(
                week.feesCollected().dong(), previousWeek.feesCollected().dong(), "tuần trước");
    }
}
