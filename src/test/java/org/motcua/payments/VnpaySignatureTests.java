package org.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VnpaySignatureTests {

    static final String SECRET = "TESTSECRETMOTCUA2026VNPAYHMAC512";

    static Map<String, String> request() {
        // deliberately not in order: the signature sorts by name
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_TxnRef", "P2612030001");
        p.put("vnp_Version", "2.1.0");
        p.put("vnp_Command", "pay");
        p.put("vnp_TmnCode", "MOTCUA01");
        p.put("vnp_Amount", "15000000");
        p.put("vnp_CreateDate", "20261203150000");
        p.put("vnp_CurrCode", "VND");
        p.put("vnp_IpAddr", "127.0.0.1");
        p.put("vnp_Locale", "vn");
        p.put("vnp_OrderInfo", "Thanh toan phi ho so 000.00.01.H41-261203-0001");
        p.put("vnp_OrderType", "other");
        p.put("vnp_ReturnUrl", "https://motcua.test/thanh-toan/vnpay/ket-qua");
        p.put("vnp_ExpireDate", "20261203151500");
        p.put("vnp_BankCode", ""); // empty values are not signed
        return p;
    }

    /**
     * The expected hash was computed independently, outside motcua, on 2026-12-03 with
     *
     * <pre>
     * printf '%s' 'vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20261203150000&vnp_CurrCode=VND&vnp_ExpireDate=20261203151500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+phi+ho+so+000.00.01.H41-261203-0001&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fmotcua.test%2Fthanh-toan%2Fvnpay%2Fket-qua&vnp_TmnCode=MOTCUA01&vnp_TxnRef=P2612030001&vnp_Version=2.1.0' \
     *   | openssl dgst -sha512 -hmac 'TESTSECRETMOTCUA2026VNPAYHMAC512'
     * </pre>
     *
     * and is hard-coded here: the test compares motcua's signature with it byte for byte.
     */
    static final String OPENSSL_HASH =
            "9bb0396316ba2a5989c8410a9541a7cc70fd1edf2366e4b9ee8150ffa163b78ef1e6d422887c6508788cdd3d18149d7ea47742bc86bb40d2fdc0700d81f6c888";

    @Test
    void signsTheSortedFormEncodedParametersAsOpensslDoes() {
        assertThat(Vnpay.signedData(request()))
                .isEqualTo("vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20261203150000&vnp_CurrCode=VND"
                        + "&vnp_ExpireDate=20261203151500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn"
                        + "&vnp_OrderInfo=Thanh+toan+phi+ho+so+000.00.01.H41-261203-0001&vnp_OrderType=other"
                        + "&vnp_ReturnUrl=https%3A%2F%2Fmotcua.test%2Fthanh-toan%2Fvnpay%2Fket-qua"
                        + "&vnp_TmnCode=MOTCUA01&vnp_TxnRef=P2612030001&vnp_Version=2.1.0");
        String query = Vnpay.signedQuery(request(), SECRET);
        String hash = query.substring(query.indexOf("vnp_SecureHash=") + "vnp_SecureHash=".length());
        assertThat(hash.getBytes()).isEqualTo(OPENSSL_HASH.getBytes());
    }

    @Test
    void verifiesACallbackAndRefusesOneWithAChangedValueOrAnotherSecret() {
        Map<String, String> callback = new HashMap<>(request());
        callback.put("vnp_SecureHash", OPENSSL_HASH.toUpperCase());
        callback.put("vnp_SecureHashType", "HmacSHA512"); // may be present; never signed
        assertThat(Vnpay.verify(callback, SECRET)).isTrue();
        assertThat(Vnpay.verify(callback, SECRET + "x")).isFalse();
        callback.put("vnp_Amount", "15000100");
        assertThat(Vnpay.verify(callback, SECRET)).isFalse();
        callback.remove("vnp_SecureHash");
        assertThat(Vnpay.verify(callback, SECRET)).isFalse();
    }

    @Test
    void orderInfoLosesItsDiacriticsAndSpecialCharacters() {
        assertThat(Vnpay.plain("Thanh toán phí, lệ phí hồ sơ Đăng ký #5"))
                .isEqualTo("Thanh toan phi le phi ho so Dang ky 5");
    }
}
