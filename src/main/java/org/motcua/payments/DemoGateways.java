package org.motcua.payments;

import java.time.Clock;
import java.time.LocalDateTime;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: gives every service center a merchant account at the built-in VNPay ({@link FakeVnpay}),
 * so an applicant can pay online with no setup. Accounts an administrator set are kept.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
class DemoGateways {

    private final Catalog catalog;
    private final GatewayStore gateways;
    private final Clock clock;

    DemoGateways(Catalog catalog, GatewayStore gateways, Clock clock) {
        this.catalog = catalog;
        this.gateways = gateways;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        for (AgencyView a : catalog.agencies()) {
            if (a.isServiceCenter() && gateways.of(a.id()).isEmpty()) {
                String tmn = "DM"
                        + Integer.toHexString(a.code().hashCode() & 0xffffff).toUpperCase();
                if (gateways.byTmnCode(tmn).isPresent()) {
                    continue;
                }
                gateways.save(new GatewaySettings(
                        a.id(),
                        PaymentMethod.VNPAY,
                        tmn,
                        "demo-secret-" + a.code(),
                        FakeVnpay.PAY_PATH,
                        FakeVnpay.API_PATH,
                        true,
                        LocalDateTime.now(clock).withNano(0),
                        "demo"));
            }
        }
    }
}
