package org.motcua.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed form says, read back the way a checker would: its text and its QR code. */
public final class PdfReading {

    private PdfReading() {}

    /** The text in reading order, whitespace collapsed to single spaces. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The text of the first QR code image on the first page, or null when there is none. */
    public static String qrOnFirstPage(byte[] pdf) throws IOException, ReaderException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    return new QRCodeReader()
                            .decode(new BinaryBitmap(
                                    new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage()))))
                            .getText();
                }
            }
        }
        return null;
    }
}
