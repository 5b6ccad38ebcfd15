package org.motcua.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.motcua.shared.PublicEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Demo mode only: a VNPay built into the application, so the whole payment works with no merchant account.
 * It plays VNPay 2.1.0 as integrations describe it: checks the redirect's signature, shows the payment with
 * "Thanh toán" and "Hủy", then sends the signed IPN (server to server, retried until it is answered 00 or
 * 02) and sends the browser back to the return address; it also answers querydr and refund with the pipe
 * hashes. Its transactions live in memory (they are demo data).
 */
@Controller
@ConditionalOnBooleanProperty("motcua.demo")
class FakeVnpay {

    private static final Logger log = LoggerFactory.getLogger(FakeVnpay.class);
    static final String PAY_PATH = "/demo/vnpay/paymentv2/vpcpay.html";
    static final String API_PATH = "/api/v1/demo/vnpay/transaction";

    record Txn(
            String tmnCode,
            String txnRef,
            long amount100,
            String orderInfo,
            String transactionNo,
            String payDate,
            String status,
            long refunded100) {}

    private final GatewayStore gateways;
    private final Clock clock;
    private final Map<String, Txn> transactions = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(14_000_000);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FakeVnpay(GatewayStore gateways, Clock clock) {
        this.gateways = gateways;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("motcua.demo")
    static class Endpoints {
        @Bean
        PublicEndpoints fakeVnpayEndpoints() {
            return new PublicEndpoints(java.util.List.of(), java.util.List.of("/demo/vnpay/**", API_PATH));
        }
    }

    @GetMapping(PAY_PATH)
    String page(@RequestParam Map<String, String> params, Model model) {
        Optional<GatewaySettings> s = settings(params);
        boolean valid = s.isPresent() && Vnpay.verify(params, s.get().hashSecret());
        model.addAttribute("valid", valid);
        model.addAttribute("params", params);
        model.addAttribute("amount", valid ? FeeAssessor.money(Long.parseLong(params.get("vnp_Amount")) / 100) : "");
        model.addAttribute("query", Vnpay.signedData(params) + "&vnp_SecureHash=" + params.get(Vnpay.HASH));
        return "payments/fake-vnpay";
    }

    @PostMapping("/demo/vnpay/pay")
    String pay(@RequestParam String query, @RequestParam String action) {
        Map<String, String> params =
                UriComponentsBuilder.fromUriString("/?" + query)
                        .build(true)
                        .getQueryParams()
                        .toSingleValueMap()
                        .entrySet()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e -> java.net.URLDecoder.decode(
                                        e.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
        GatewaySettings s = settings(params)
                .filter(g -> Vnpay.verify(params, g.hashSecret()))
                .orElse(null);
        if (s == null) {
            return "redirect:/";
        }
        boolean paid = "pay".equals(action);
        String payDate = VnpayApi.STAMP.format(LocalDateTime.now(clock));
        String txnNo = paid ? Long.toString(numbers.incrementAndGet()) : "0";
        Map<String, String> back = new LinkedHashMap<>();
        back.put("vnp_Amount", params.get("vnp_Amount"));
        back.put("vnp_BankCode", "NCB");
        if (paid) {
            back.put("vnp_BankTranNo", "VNP" + txnNo);
            back.put("vnp_CardType", "ATM");
        }
        back.put("vnp_OrderInfo", params.get("vnp_OrderInfo"));
        back.put("vnp_PayDate", payDate);
        back.put("vnp_ResponseCode", paid ? "00" : "24");
        back.put("vnp_TmnCode", s.tmnCode());
        back.put("vnp_TransactionNo", txnNo);
        back.put("vnp_TransactionStatus", paid ? "00" : "02");
        back.put("vnp_TxnRef", params.get("vnp_TxnRef"));
        transactions.put(
                s.tmnCode() + "/" + params.get("vnp_TxnRef"),
                new Txn(
                        s.tmnCode(),
                        params.get("vnp_TxnRef"),
                        Long.parseLong(params.get("vnp_Amount")),
                        params.get("vnp_OrderInfo"),
                        txnNo,
                        payDate,
                        paid ? "00" : "02",
                        0));
        String signed = Vnpay.signedQuery(back, s.hashSecret());
        String ipn = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/payments/vnpay/ipn")
                .toUriString();
        if (!sendIpn(ipn + "?" + signed)) {
            Thread.ofVirtual().start(() -> retryIpn(ipn + "?" + signed));
        }
        return "redirect:" + params.get("vnp_ReturnUrl") + "?" + signed;
    }

    private boolean sendIpn(String url) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.body().contains("\"RspCode\":\"00\"") || r.body().contains("\"RspCode\":\"02\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** VNPay retries until it hears 00 or 02; the fake tries five more times, a little later each time. */
    private void retryIpn(String url) {
        for (int i = 1; i <= 5; i++) {
            try {
                Thread.sleep(Duration.ofSeconds(2L * i));
            } catch (InterruptedException e) {
                return;
            }
            if (sendIpn(url)) {
                return;
            }
        }
        log.warn("demo VNPay: the IPN was not accepted after retries");
    }

    /** querydr and refund, signed and verified with the pipe hashes of version 2.1.0. */
    @PostMapping(API_PATH)
    @ResponseBody
    @io.swagger.v3.oas.annotations.Hidden
    Map<String, String> transaction(@RequestBody Map<String, String> body) {
        String tmn = body.get("vnp_TmnCode");
        GatewaySettings s = tmn == null ? null : gateways.byTmnCode(tmn).orElse(null);
        String command = body.getOrDefault("vnp_Command", "");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("vnp_ResponseId", java.util.UUID.randomUUID().toString().replace("-", ""));
        out.put("vnp_Command", command);
        if (s == null) {
            out.put("vnp_ResponseCode", "02");
            out.put("vnp_Message", "Invalid TmnCode");
            return out;
        }
        boolean refund = "refund".equals(command);
        String expected = refund
                ? Vnpay.pipeHash(
                        s.hashSecret(),
                        body.get("vnp_RequestId"),
                        body.get("vnp_Version"),
                        command,
                        tmn,
                        body.get("vnp_TransactionType"),
                        body.get("vnp_TxnRef"),
                        body.get("vnp_Amount"),
                        body.get("vnp_TransactionNo"),
                        body.get("vnp_TransactionDate"),
                        body.get("vnp_CreateBy"),
                        body.get("vnp_CreateDate"),
                        body.get("vnp_IpAddr"),
                        body.get("vnp_OrderInfo"))
                : Vnpay.pipeHash(
                        s.hashSecret(),
                        body.get("vnp_RequestId"),
                        body.get("vnp_Version"),
                        command,
                        tmn,
                        body.get("vnp_TxnRef"),
                        body.get("vnp_TransactionDate"),
                        body.get("vnp_CreateDate"),
                        body.get("vnp_IpAddr"),
                        body.get("vnp_OrderInfo"));
        Txn t = transactions.get(tmn + "/" + body.get("vnp_TxnRef"));
        String code;
        if (!expected.equalsIgnoreCase(body.getOrDefault(Vnpay.HASH, ""))) {
            code = "97";
        } else if (t == null) {
            code = "91";
        } else if (refund && !"00".equals(t.status()) && !"05".equals(t.status()) && !"06".equals(t.status())) {
            code = "95";
        } else {
            code = "00";
            if (refund) {
                long amount = Long.parseLong(body.get("vnp_Amount"));
                t = new Txn(
                        t.tmnCode(),
                        t.txnRef(),
                        t.amount100(),
                        t.orderInfo(),
                        t.transactionNo(),
                        t.payDate(),
                        "06",
                        t.refunded100() + amount);
                transactions.put(tmn + "/" + t.txnRef(), t);
            }
        }
        out.put("vnp_ResponseCode", code);
        out.put("vnp_Message", code.equals("00") ? "Success" : "Error " + code);
        out.put("vnp_TmnCode", tmn);
        out.put("vnp_TxnRef", body.getOrDefault("vnp_TxnRef", ""));
        out.put(
                "vnp_Amount",
                t == null ? "" : Long.toString(refund ? Long.parseLong(body.get("vnp_Amount")) : t.amount100()));
        out.put("vnp_BankCode", t == null ? "" : "NCB");
        out.put("vnp_PayDate", t == null ? "" : t.payDate());
        out.put("vnp_TransactionNo", t == null ? "" : t.transactionNo());
        out.put("vnp_TransactionType", refund ? body.getOrDefault("vnp_TransactionType", "") : "01");
        out.put("vnp_TransactionStatus", t == null ? "" : t.status());
        out.put("vnp_OrderInfo", t == null ? "" : t.orderInfo());
        if (!refund) {
            out.put("vnp_PromotionCode", "");
            out.put("vnp_PromotionAmount", "");
        }
        String[] values = (refund ? Vnpay.REFUND_ANSWER : Vnpay.QUERY_ANSWER)
                .stream().map(k -> out.getOrDefault(k, "")).toArray(String[]::new);
        out.put(Vnpay.HASH, Vnpay.pipeHash(s.hashSecret(), values));
        return out;
    }

    private Optional<GatewaySettings> settings(Map<String, String> params) {
        return Optional.ofNullable(params.get("vnp_TmnCode")).flatMap(gateways::byTmnCode);
    }
}
