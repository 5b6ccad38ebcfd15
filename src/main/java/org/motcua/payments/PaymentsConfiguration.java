package org.motcua.payments;

import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    /** The gateway calls the IPN without signing in: its signature is the check. */
    @Bean
    PublicEndpoints paymentsPublicEndpoints() {
        return PublicEndpoints.readOnly("/api/v1/payments/vnpay/ipn");
    }
}
