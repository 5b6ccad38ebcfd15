package org.motcua.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a procedure fares at one competent agency, for the team that reviews procedures: of the dossiers
 * received in the period, the shares asked for a supplement, extended, resolved late (of those resolved)
 * and received online; the share refused at reception (of those received or refused); the processing
 * time, average and 90th percentile, beside the legal time; and what applicants were most often asked to
 * supply. Defined in {@code docs/statistics.md} ("Procedure review").
 *
 * @param legalTime the published time limit as printed ("10 ngày làm việc"); {@code legalDays} the same
 *     in working days when it is counted in working days or hours (null otherwise)
 * @param overLegal the 90th percentile is longer than the legal time
 */
public record ProcedureReview(
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName,
        long received,
        long refused,
        long resolved,
        BigDecimal supplementShare,
        BigDecimal refusedShare,
        BigDecimal lateShare,
        BigDecimal extendedShare,
        BigDecimal onlineShare,
        BigDecimal averageDays,
        BigDecimal p90Days,
        String legalTime,
        BigDecimal legalDays,
        boolean overLegal,
        List<String> mostAskedFor) {}
