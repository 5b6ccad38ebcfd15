package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormRenderingTests {

    @TempDir
    Path storage;

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void receiptPrintsEveryField() throws IOException {
        byte[] pdf = FormFixtures.forms(storage).render(FormFixtures.form(FormKind.RECEIPT, Circular.TT03_2025));
        Files.write(Path.of("target/receipt.pdf"), pdf);
        assertThat(text(pdf)).contains("Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }
}
