package org.motcua.postal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.shared.Vnd;

/** The label: A6, the receiver in Vietnamese, and a barcode that scans back to the tracking number. */
class LabelPdfTests {

    @Test
    void theLabelIsA6AndItsBarcodeAndQrCodeScanBackToTheTrackingNumberAndTheTrackingPage() throws Exception {
        Shipment s = new Shipment(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "000.00.01.H41-261204-0007",
                UUID.randomUUID(),
                Direction.RETURN,
                1,
                "000.00.01.H41-261204-0007-1",
                Carrier.VIETTELPOST,
                "1733123456789",
                DeliveryState.CREATED,
                null,
                LocalDateTime.of(2026, 12, 4, 9, 0),
                Vnd.of(23_100),
                "Nguyễn Thị Hoà",
                "0912345678",
                "Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam",
                true,
                null,
                LocalDateTime.of(2026, 12, 4, 9, 0),
                null,
                null);
        AgencyView center = new AgencyView(
                UUID.randomUUID(),
                "000.00.01.H41",
                "Trung tâm Phục vụ hành chính công tỉnh Hồng Lam",
                null,
                AdministrativeLevel.PROVINCE,
                AgencyType.values()[0],
                null,
                "Số 16 đại lộ Lê Nin, phường Hồng Sơn",
                "0238 3555 888",
                null,
                null,
                LocalDate.of(2025, 7, 1),
                null,
                List.of());

        byte[] pdf = new LabelPdf("https://motcua.test").render(s, center);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            // A6: 105 × 148 mm = 297.6 × 419.5 pt.
            assertThat(page.getWidth()).isBetween(297f, 298.5f);
            assertThat(page.getHeight()).isBetween(419f, 420.5f);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Viettel Post", "1733123456789", "Nguyễn Thị Hoà", "tỉnh Hồng Lam", "23.100 đồng");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
            assertThat(decode(image, com.google.zxing.BarcodeFormat.CODE_128)).isEqualTo("1733123456789");
            assertThat(decode(image, com.google.zxing.BarcodeFormat.QR_CODE))
                    .isEqualTo("https://motcua.test/tra-cuu/000.00.01.H41-261204-0007");
        }
    }

    private static String decode(BufferedImage image, com.google.zxing.BarcodeFormat format) throws Exception {
        return new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true))
                .getText();
    }
}
