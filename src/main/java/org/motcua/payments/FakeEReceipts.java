package org.motcua.payments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo and tests: an e-receipt provider that answers at once with a lookup code derived from the receipt
 * (so the same receipt always gets the same code). Never used outside demo mode.
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
class FakeEReceipts implements ReceiptIssuer {

    @Override
    public Issued issue(Draft d) {
        String key = d.centerCode() + "|" + d.series() + "|" + d.number();
        String code = Vnpay.hmac("fake-e-receipt", key).substring(0, 10).toUpperCase(java.util.Locale.ROOT);
        return new Issued("DEMO-E-RECEIPT", "BLDT-" + code);
    }
}
