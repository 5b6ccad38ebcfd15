package org.motcua.payments;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.motcua.payments.PaymentsStore.PaymentRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * VNPay's IPN, in the order VNPay's integration guide prescribes: checksum (97), order (01), amount (04),
 * already final (02), then the outcome (00). Business state changes only here (and in querydr), never on
 * the browser's return. A repeated IPN answers 02 and changes nothing; every IPN is logged, refused ones
 * with the reason, and only verified ones can touch a payment.
 */
@Component
class VnpayCallbacks {

    private static final Logger log = LoggerFactory.getLogger(VnpayCallbacks.class);

    /** The JSON VNPay expects back. */
    record IpnAnswer(String RspCode, String Message) {
        static final IpnAnswer CONFIRMED = new IpnAnswer("00", "Confirm Success");
        static final IpnAnswer NOT_FOUND = new IpnAnswer("01", "Order not found");
        static final IpnAnswer ALREADY = new IpnAnswer("02", "Order already confirmed");
        static final IpnAnswer BAD_AMOUNT = new IpnAnswer("04", "Invalid amount");
        static final IpnAnswer BAD_CHECKSUM = new IpnAnswer("97", "Fail checksum");
        static final IpnAnswer UNKNOWN = new IpnAnswer("99", "Unknown error");
    }

    private final GatewayStore gateways;
    private final PaymentsStore store;
    private final Payments payments;
    private final Clock clock;

    VnpayCallbacks(GatewayStore gateways, PaymentsStore store, Payments payments, Clock clock) {
        this.gateways = gateways;
        this.store = store;
        this.payments = payments;
        this.clock = clock;
    }

    IpnAnswer ipn(Map<String, String> params) {
        String reference = params.get("vnp_TxnRef");
        IpnAnswer answer;
        String note;
        try {
            Optional<GatewaySettings> settings =
                    Optional.ofNullable(params.get("vnp_TmnCode")).flatMap(gateways::byTmnCode);
            Optional<PaymentRow> payment = Optional.ofNullable(reference).flatMap(store::paymentByReference);
            if (settings.isEmpty() || !Vnpay.verify(params, settings.get().hashSecret())) {
                answer = IpnAnswer.BAD_CHECKSUM;
                note = settings.isEmpty() ? "unknown terminal" : "bad signature";
            } else if (payment.isEmpty()
                    || !payment.get().agencyId().equals(settings.get().agencyId())) {
                answer = IpnAnswer.NOT_FOUND;
                note = "unknown reference";
            } else if (!amountMatches(params.get("vnp_Amount"), payment.get().amountVnd())) {
                answer = IpnAnswer.BAD_AMOUNT;
                note = "amount " + params.get("vnp_Amount") + " is not "
                        + payment.get().amountVnd() + " × 100";
            } else if (payment.get().status().isFinal()) {
                answer = IpnAnswer.ALREADY;
                note = payment.get().status() == PaymentStatus.CANCELLED && succeeded(params)
                        ? "paid at the gateway after motcua cancelled the attempt: to refund (reconciliation)"
                        : "already " + payment.get().status();
            } else {
                PaymentRow p = payment.get();
                String txn = params.get("vnp_TransactionNo");
                boolean changed = succeeded(params)
                        ? payments.settlePaid(p, txn, params.get("vnp_ResponseCode"), "vnpay-ipn")
                        : payments.settleFailed(
                                p, txn, params.get("vnp_ResponseCode"), "vnpay-ipn", PaymentStatus.FAILED);
                answer = changed ? IpnAnswer.CONFIRMED : IpnAnswer.ALREADY;
                note = changed ? (succeeded(params) ? "paid" : "failed " + params.get("vnp_ResponseCode")) : "raced";
            }
        } catch (RuntimeException e) {
            log.error("VNPay IPN for {} failed", reference, e);
            answer = IpnAnswer.UNKNOWN;
            note = "error: " + e.getClass().getSimpleName();
        }
        boolean accepted = answer == IpnAnswer.CONFIRMED || answer == IpnAnswer.ALREADY;
        if (!accepted) {
            log.warn("VNPay IPN for {} refused with {}: {}", reference, answer.RspCode(), note);
        }
        gateways.log(LocalDateTime.now(clock), "IPN", reference, answer.RspCode(), accepted, note, describe(params));
        return answer;
    }

    /** The browser's return: shown to the payer only; verified, but it changes nothing. */
    boolean verifiedReturn(Map<String, String> params) {
        return Optional.ofNullable(params.get("vnp_TmnCode"))
                .flatMap(gateways::byTmnCode)
                .filter(s -> Vnpay.verify(params, s.hashSecret()))
                .isPresent();
    }

    static boolean succeeded(Map<String, String> params) {
        return "00".equals(params.get("vnp_ResponseCode")) && "00".equals(params.get("vnp_TransactionStatus"));
    }

    private static boolean amountMatches(String amount, long expectedVnd) {
        return amount != null
                && amount.matches("\\d{1,15}")
                && Long.parseLong(amount) == Math.multiplyExact(expectedVnd, 100);
    }

    private static String describe(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (s.length() < 4000) {
                s.append(k)
                        .append('=')
                        .append(v == null ? "" : v.length() > 200 ? v.substring(0, 200) : v)
                        .append('&');
            }
        });
        return s.toString();
    }
}
