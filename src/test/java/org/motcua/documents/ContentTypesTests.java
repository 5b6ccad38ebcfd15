package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** A file is judged by its whole structure: a second format hidden in it (a polyglot) is refused. */
class ContentTypesTests {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String refusal(ContentTypes kind, byte[] content) {
        assertThat(ContentTypes.sniff(content)).as("its first bytes").contains(kind);
        return kind.disguised(new ByteArrayResource(content)).orElse(null);
    }

    @Test
    void plainFilesPass() throws IOException {
        assertThat(refusal(ContentTypes.PDF, PDF)).isNull();
        assertThat(refusal(ContentTypes.JPEG, JPEG)).isNull();
        assertThat(refusal(ContentTypes.OFFICE_ZIP, zip("[Content_Types].xml", "word/document.xml")))
                .isNull();
        assertThat(refusal(ContentTypes.OFFICE_ZIP, zip("mimetype", "content.xml")))
                .isNull();
        // "PK" followed by 5 and 6 inside a PDF's data, without a ZIP directory behind it, is just data.
        assertThat(refusal(ContentTypes.PDF, concat(PDF, new byte[] {'P', 'K', 5, 6}, new byte[40])))
                .isNull();
    }

    @Test
    void aPdfOrAnImageThatIsAlsoAZipIsRefused() throws IOException {
        byte[] payload = zip("run.exe");
        assertThat(refusal(ContentTypes.PDF, concat(PDF, payload))).isEqualTo("a ZIP archive is appended");
        assertThat(refusal(ContentTypes.JPEG, concat(JPEG, new byte[100], payload)))
                .isEqualTo("a ZIP archive is appended");
        // a ZIP comment after the directory does not hide it
        byte[] withComment = zip("a.txt");
        withComment[withComment.length - 2] = 3; // comment length 3
        assertThat(refusal(ContentTypes.PDF, concat(PDF, withComment, "abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("a ZIP archive is appended");
    }

    @Test
    void anImageOrAnOfficeDocumentThatAPdfReaderOpensIsRefused() throws IOException {
        assertThat(refusal(ContentTypes.JPEG, concat(JPEG, new byte[200], PDF)))
                .isEqualTo("a PDF header in the first kilobyte");
        byte[] docx = zip("[Content_Types].xml", "%PDF-1.7 hidden.xml");
        assertThat(refusal(ContentTypes.OFFICE_ZIP, docx)).isEqualTo("a PDF header in the first kilobyte");
    }

    @Test
    void anOfficeDocumentCarryingAProgramOrMacrosOrNothingOfficeIsRefused() throws IOException {
        assertThat(refusal(ContentTypes.OFFICE_ZIP, zip("[Content_Types].xml", "word/vbaProject.bin")))
                .isEqualTo("macros (word/vbaProject.bin)");
        assertThat(refusal(ContentTypes.OFFICE_ZIP, zip("[Content_Types].xml", "media/setup.EXE")))
                .isEqualTo("a program (media/setup.EXE)");
        assertThat(refusal(ContentTypes.OFFICE_ZIP, zip("META-INF/MANIFEST.MF", "Main.class")))
                .startsWith("not an office document");
    }
}
