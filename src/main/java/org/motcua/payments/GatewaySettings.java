package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One agency's merchant account at a gateway. The hash secret is never shown back: {@link #view()} hides it.
 *
 * @param payUrl the payment page (VNPay: .../paymentv2/vpcpay.html)
 * @param apiUrl querydr and refund (VNPay: .../merchant_webapi/api/transaction)
 */
public record GatewaySettings(
        UUID agencyId,
        PaymentMethod provider,
        String tmnCode,
        String hashSecret,
        String payUrl,
        String apiUrl,
        boolean enabled,
        LocalDateTime updatedAt,
        String updatedBy) {

    /** What the administration pages and API show: everything but the secret. */
    public record View(
            UUID agencyId,
            PaymentMethod provider,
            String tmnCode,
            boolean secretSet,
            String payUrl,
            String apiUrl,
            boolean enabled,
            LocalDateTime updatedAt,
            String updatedBy) {}

    public View view() {
        return new View(
                agencyId,
                provider,
                tmnCode,
                hashSecret != null && !hashSecret.isEmpty(),
                payUrl,
                apiUrl,
                enabled,
                updatedAt,
                updatedBy);
    }

    /** What an administrator sends; a blank {@code hashSecret} keeps the one stored. */
    public record Input(
            PaymentMethod provider, String tmnCode, String hashSecret, String payUrl, String apiUrl, Boolean enabled) {}
}
