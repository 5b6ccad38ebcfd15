package org.motcua.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.motcua.shared.ProblemResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** VNPay's server-to-server callback (IPN): public, trusted only through its signature. */
@RestController
@Tag(name = "Payments")
class VnpayController {

    private final VnpayCallbacks callbacks;

    VnpayController(VnpayCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping("/api/v1/payments/vnpay/ipn")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @Operation(
            summary = "VNPay IPN: answers {RspCode, Message} as VNPay expects (00, 01, 02, 04, 97, 99)",
            security = {})
    VnpayCallbacks.IpnAnswer ipn(@RequestParam Map<String, String> params) {
        return callbacks.ipn(params);
    }
}
