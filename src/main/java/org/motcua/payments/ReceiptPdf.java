package org.motcua.payments;

import java.util.HashMap;
import java.util.Map;
import org.motcua.documents.Forms;
import org.springframework.stereotype.Component;

/** Prints a fee receipt on the forms' machinery (template {@code forms/fee-receipt.html}). */
@Component
class ReceiptPdf {

    /** Mẫu số of a fee receipt without face value (Circular 78/2021/TT-BTC symbols; docs/payments.md). */
    static final String FORM_SYMBOL = "01BLP0-001";

    private final Forms forms;

    ReceiptPdf(Forms forms) {
        this.forms = forms;
    }

    byte[] render(Payments.ReceiptDocument doc) {
        ReceiptView r = doc.receipt();
        Map<String, Object> v = new HashMap<>();
        v.put("receipt", r);
        v.put("lines", doc.lines());
        v.put("totalDue", doc.lines().stream().mapToLong(AssessedLine::dueVnd).sum());
        v.put("dossierCode", doc.dossierCode());
        v.put("procedureName", doc.dossier().procedureName());
        v.put("agencyName", doc.agency() == null ? "" : doc.agency().name());
        v.put(
                "centerName",
                doc.center() == null || doc.center().equals(doc.agency())
                        ? null
                        : doc.center().name());
        v.put("taxCode", null);
        v.put("formSymbol", FORM_SYMBOL);
        v.put("amountInWords", AmountInWords.of(r.amountVnd()));
        v.put(
                "methodName",
                switch (r.method()) {
                    case CASH -> "Tiền mặt";
                    case CARD -> "Thẻ ngân hàng";
                    case VNPAY -> "Trực tuyến qua cổng thanh toán VNPAY";
                    case PAYGOV -> "Trực tuyến qua Nền tảng thanh toán trực tuyến";
                });
        v.put("collector", r.issuedBy().startsWith("vnpay") ? "Hệ thống thanh toán" : r.issuedBy());
        v.put("place", null);
        return forms.report("fee-receipt", v);
    }

    static String fileName(ReceiptView r) {
        return "bien-lai-" + r.series() + "-" + r.numberText() + ".pdf";
    }
}
