package org.motcua.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.payments.PaymentsStore.PaymentRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles the online payments whose IPN never came: every few minutes, on one node, asks the gateway
 * ({@code querydr}) about each attempt pending for longer than {@code motcua.payments.settle-after}. Paid
 * there → paid here (with its receipt); failed there, or unknown there after the payment session expired →
 * failed here. A gateway that does not answer leaves the attempt pending for the next run.
 */
@Component
class PaymentSweep {

    private static final Logger log = LoggerFactory.getLogger(PaymentSweep.class);

    /** How long the gateway's payment page accepts a payment (vnp_ExpireDate). */
    static final Duration SESSION = Duration.ofMinutes(15);

    private final PaymentsStore store;
    private final Payments payments;
    private final VnpayApi vnpay;
    private final GatewayStore gateways;
    private final Clock clock;
    private final Duration settleAfter;

    PaymentSweep(
            PaymentsStore store,
            Payments payments,
            VnpayApi vnpay,
            GatewayStore gateways,
            Clock clock,
            @Value("${motcua.payments.settle-after:PT20M}") Duration settleAfter) {
        this.store = store;
        this.payments = payments;
        this.vnpay = vnpay;
        this.gateways = gateways;
        this.clock = clock;
        this.settleAfter = settleAfter;
    }

    @Scheduled(fixedDelayString = "${motcua.payments.sweep-every:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "payments.querydr-sweep", lockAtMostFor = "PT10M")
    public void sweep() {
        settlePending(LocalDateTime.now(clock).minus(settleAfter));
    }

    /** One pass over the attempts pending since before {@code before}; answers how many it settled. */
    int settlePending(LocalDateTime before) {
        LocalDateTime now = LocalDateTime.now(clock);
        int settled = 0;
        for (PaymentRow p : store.pendingBefore(before, 200)) {
            if (p.method() != PaymentMethod.VNPAY) {
                continue;
            }
            var settings = gateways.of(p.agencyId());
            if (settings.isEmpty()) {
                continue;
            }
            try {
                VnpayApi.Answer a = vnpay.querydr(settings.get(), p);
                if (a.paid() && a.amountVnd() != null && a.amountVnd() == p.amountVnd()) {
                    settled += payments.settlePaid(p, a.transactionNo(), a.responseCode(), "vnpay-querydr") ? 1 : 0;
                } else if (a.succeeded() && !"01".equals(a.transactionStatus()) && !a.paid()) {
                    settled += payments.settleFailed(
                                    p, a.transactionNo(), a.transactionStatus(), "vnpay-querydr", PaymentStatus.FAILED)
                            ? 1
                            : 0;
                } else if (a.verified()
                        && "91".equals(a.responseCode())
                        && p.createdAt().plus(SESSION).plus(settleAfter).isBefore(now)) {
                    // never reached the gateway and its session is long over
                    settled += payments.settleFailed(p, null, "91", "vnpay-querydr", PaymentStatus.CANCELLED) ? 1 : 0;
                }
            } catch (VnpayApi.Unreachable e) {
                log.warn("querydr for {} left pending: gateway unreachable", p.reference());
            }
        }
        return settled;
    }
}
