package org.motcua.postal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.motcua.catalog.AgencyView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The parcel's label, A6 (105 × 148 mm, the size of a thermal label printer's roll and a quarter of A4):
 * sender, receiver, the tracking number as a Code 128 barcode (what the postman scans) and a QR code of the
 * public tracking page, and our reference.
 */
@Component
class LabelPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final String publicBaseUrl;
    private final byte[] regular;
    private final byte[] bold;

    LabelPdf(@Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.regular = font("LiberationSerif-Regular.ttf");
        this.bold = font("LiberationSerif-Bold.ttf");
    }

    byte[] render(Shipment s, AgencyView center) {
        String html = """
                <html><head><style>
                @page { size: 105mm 148mm; margin: 5mm; }
                body { font-family: 'Label'; font-size: 9pt; margin: 0; }
                .box { border: 0.4mm solid #000; padding: 2mm; margin-bottom: 2mm; }
                .k { font-size: 7pt; text-transform: uppercase; }
                .big { font-size: 12pt; font-weight: bold; }
                .num { font-size: 14pt; font-weight: bold; letter-spacing: 0.5mm; text-align: center; }
                .bar { text-align: center; }
                table { width: 100%%; border-collapse: collapse; }
                td { vertical-align: top; }
                </style></head><body>
                <div class="box"><span class="k">Đơn vị vận chuyển</span><div class="big">%s</div></div>
                <div class="bar"><img src="%s" style="width: 90mm; height: 18mm;"/></div>
                <div class="num">%s</div>
                <div class="box"><span class="k">Người gửi</span><div><b>%s</b></div><div>%s</div><div>ĐT: %s</div></div>
                <div class="box"><span class="k">Người nhận</span><div class="big">%s</div><div>%s</div><div>ĐT: %s</div></div>
                <table><tr><td>
                <div>Nội dung: %s</div>
                <div>Mã hồ sơ: <b>%s</b></div>
                <div>Mã tham chiếu: %s</div>
                <div>Cước: %s</div>
                <div>Tạo lúc: %s</div>
                <div class="k">Tra cứu: quét mã QR</div>
                </td><td style="width: 26mm;"><img src="%s" style="width: 25mm; height: 25mm;"/></td></tr></table>
                </body></html>""".formatted(
                        e(s.carrierName()),
                        png(BarcodeFormat.CODE_128, s.trackingNumber(), 600, 120),
                        e(s.trackingNumber()),
                        e(center.name()),
                        e(center.address()),
                        e(center.phone()),
                        e(s.personName()),
                        e(s.address()),
                        e(s.phone()),
                        s.direction() == Direction.RETURN
                                ? "Kết quả giải quyết thủ tục hành chính"
                                : "Hồ sơ thủ tục hành chính",
                        e(s.dossierCode()),
                        e(s.reference()),
                        s.postage() == null
                                ? "—"
                                : String.format("%,d đồng", s.postage().dong()).replace(',', '.'),
                        s.createdAt() == null ? "" : DATE.format(s.createdAt()),
                        png(BarcodeFormat.QR_CODE, publicBaseUrl + "/tra-cuu/" + s.dossierCode(), 200, 200));
        String xhtml = Normalizer.normalize(html, Normalizer.Form.NFC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("motcua");
            builder.withHtmlContent(xhtml, null);
            builder.useFont(() -> stream(regular), "Label", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> stream(bold), "Label", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("label not rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String e(String text) {
        return text == null ? "—" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String png(BarcodeFormat format, String text, int width, int height) {
        try {
            BitMatrix matrix = format == BarcodeFormat.QR_CODE
                    ? new QRCodeWriter()
                            .encode(
                                    text,
                                    format,
                                    width,
                                    height,
                                    Map.of(
                                            EncodeHintType.ERROR_CORRECTION,
                                            ErrorCorrectionLevel.M,
                                            EncodeHintType.MARGIN,
                                            1))
                    : new Code128Writer().encode(text, format, width, height, Map.of(EncodeHintType.MARGIN, 10));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalArgumentException("not encodable: " + text, e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = LabelPdf.class.getResourceAsStream("/liberation/" + file)) {
            return Objects.requireNonNull(in, "font missing from the classpath: " + file)
                    .readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
