package org.motcua.statistics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.motcua.shared.Vnd;

/**
 * The figures of one scope and period. Each is defined in {@code docs/statistics.md}; the derived ones
 * (totals, rates, shares, average) are computed here and nowhere else. Counts are whole numbers, rates and
 * shares decimals from 0 to 1 (null when nothing to divide by), money whole đồng.
 *
 * @param carriedOver received before the period and not finished at its start
 * @param receivedNew received in the period ({@code receivedOnline + receivedCounter + receivedPostal})
 * @param resolvedEarly resolved in the period, finished before the day of the original appointment
 * @param resolvedOnTime resolved in the period, on the day of the original appointment up to its time
 * @param resolvedLate resolved in the period after the original appointment (an extension does not help)
 * @param inProgressOnTime received, not finished at the end of the period, original appointment not past
 * @param inProgressOverdue received, not finished at the end of the period, original appointment past
 * @param refused refused at reception in the period (never received, not in the other counts)
 * @param withdrawn processing stopped in the period at the applicant's request
 * @param stopped processing stopped in the period for another reason
 * @param waitingSupplement in progress at the end, waiting for the applicant's supplement
 * @param returned results handed back in the period; {@code returnedByPost} of them by post
 * @param fourOnSite resolved in the period in one sitting at the center ("4 tại chỗ")
 * @param postalDelivery received in the period with the result to go back by post
 * @param extended extended (apology and a new appointment) in the period
 * @param supplementRequested asked for a supplement after receipt, in the period
 * @param feesCollected fees and charges confirmed paid in the period
 * @param processingMinutes working minutes from receipt to resolution, summed over the resolved
 */
@JsonIgnoreProperties(ignoreUnknown = true) // the derived figures, when read back from a stored report
public record Figures(
        long carriedOver,
        long receivedNew,
        long receivedOnline,
        long receivedCounter,
        long receivedPostal,
        long resolvedEarly,
        long resolvedOnTime,
        long resolvedLate,
        long inProgressOnTime,
        long inProgressOverdue,
        long refused,
        long withdrawn,
        long stopped,
        long waitingSupplement,
        long returned,
        long returnedByPost,
        long fourOnSite,
        long postalDelivery,
        long extended,
        long supplementRequested,
        Vnd feesCollected,
        long processingMinutes) {

    /** The standard working day (07:00–11:30, 13:30–17:00) in which processing days are counted. */
    public static final int MINUTES_PER_WORKING_DAY = 480;

    public static final Figures NONE =
            new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Vnd.ZERO, 0);

    @JsonProperty
    public long receivedTotal() {
        return carriedOver + receivedNew;
    }

    @JsonProperty
    public long resolvedTotal() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    @JsonProperty
    public long inProgress() {
        return inProgressOnTime + inProgressOverdue;
    }

    /** (early + on time) / resolved. */
    @JsonProperty
    public BigDecimal onTimeRate() {
        return ratio(resolvedEarly + resolvedOnTime, resolvedTotal());
    }

    /** Received online / received new. */
    @JsonProperty
    public BigDecimal onlineShare() {
        return ratio(receivedOnline, receivedNew);
    }

    /** Received new with the result going back by post / received new. */
    @JsonProperty
    public BigDecimal postalReturnShare() {
        return ratio(postalDelivery, receivedNew);
    }

    /** Handled four-on-site / received new. */
    @JsonProperty
    public BigDecimal fourOnSiteShare() {
        return ratio(fourOnSite, receivedNew);
    }

    /** Working days from receipt to resolution, on average over the resolved. */
    @JsonProperty
    public BigDecimal averageProcessingDays() {
        long resolved = resolvedTotal();
        return resolved == 0
                ? null
                : BigDecimal.valueOf(processingMinutes)
                        .divide(BigDecimal.valueOf(resolved * MINUTES_PER_WORKING_DAY), 2, RoundingMode.HALF_UP);
    }

    /** The figures of two disjoint scopes together (rates are recomputed, not added). */
    public Figures plus(Figures o) {
        return new Figures(
                carriedOver + o.carriedOver,
                receivedNew + o.receivedNew,
                receivedOnline + o.receivedOnline,
                receivedCounter + o.receivedCounter,
                receivedPostal + o.receivedPostal,
                resolvedEarly + o.resolvedEarly,
                resolvedOnTime + o.resolvedOnTime,
                resolvedLate + o.resolvedLate,
                inProgressOnTime + o.inProgressOnTime,
                inProgressOverdue + o.inProgressOverdue,
                refused + o.refused,
                withdrawn + o.withdrawn,
                stopped + o.stopped,
                waitingSupplement + o.waitingSupplement,
                returned + o.returned,
                returnedByPost + o.returnedByPost,
                fourOnSite + o.fourOnSite,
                postalDelivery + o.postalDelivery,
                extended + o.extended,
                supplementRequested + o.supplementRequested,
                feesCollected.plus(o.feesCollected),
                processingMinutes + o.processingMinutes);
    }

    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
