package org.motcua.payments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPay 2.1.0's signatures (docs/payments.md): the redirect and its callbacks sign every non-empty {@code
 * vnp_*} parameter but the hash itself, sorted by name and URL-encoded as a form is ({@code +} for a space),
 * with HMAC-SHA512 in lowercase hex; querydr and refund sign their values joined by {@code |} in a fixed
 * order.
 */
final class Vnpay {

    static final String VERSION = "2.1.0";
    static final String HASH = "vnp_SecureHash";
    static final String HASH_TYPE = "vnp_SecureHashType";

    /** The fields of a refund answer in the order their checksum joins them with "|". */
    static final List<String> REFUND_ANSWER = List.of(
            "vnp_ResponseId",
            "vnp_Command",
            "vnp_ResponseCode",
            "vnp_Message",
            "vnp_TmnCode",
            "vnp_TxnRef",
            "vnp_Amount",
            "vnp_BankCode",
            "vnp_PayDate",
            "vnp_TransactionNo",
            "vnp_TransactionType",
            "vnp_TransactionStatus",
            "vnp_OrderInfo");

    /** The fields of a querydr answer in checksum order: a refund answer's and the promotion's two. */
    static final List<String> QUERY_ANSWER = java.util.stream.Stream.concat(
                    REFUND_ANSWER.stream(), java.util.stream.Stream.of("vnp_PromotionCode", "vnp_PromotionAmount"))
            .toList();

    private Vnpay() {}

    /** The signed string: sorted, non-empty vnp_ parameters without the hash, form-encoded. */
    static String signedData(Map<String, String> params) {
        StringJoiner data = new StringJoiner("&");
        new TreeMap<>(params).forEach((name, value) -> {
            if (name.startsWith("vnp_")
                    && !name.equals(HASH)
                    && !name.equals(HASH_TYPE)
                    && value != null
                    && !value.isEmpty()) {
                data.add(encode(name) + "=" + encode(value));
            }
        });
        return data.toString();
    }

    /** The query string to send: the signed data followed by its hash. */
    static String signedQuery(Map<String, String> params, String secret) {
        String data = signedData(params);
        return data + "&" + HASH + "=" + hmac(secret, data);
    }

    /** Whether the callback's hash is the one its parameters give (compared in constant time). */
    static boolean verify(Map<String, String> params, String secret) {
        String received = params.get(HASH);
        if (received == null || received.isEmpty() || secret == null) {
            return false;
        }
        String expected = hmac(secret, signedData(params));
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The hash of values joined by "|", as querydr and refund sign. A missing value is empty. */
    static String pipeHash(String secret, String... values) {
        StringJoiner data = new StringJoiner("|");
        for (String v : values) {
            data.add(v == null ? "" : v);
        }
        return hmac(secret, data.toString());
    }

    static String hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA512 unavailable", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** vnp_OrderInfo: Vietnamese without diacritics or special characters, as VNPay asks. */
    static String plain(String text) {
        String stripped = java.text.Normalizer.normalize(
                        text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^A-Za-z0-9 .\\-]", " ")
                .replaceAll(" +", " ")
                .strip();
    }
}
