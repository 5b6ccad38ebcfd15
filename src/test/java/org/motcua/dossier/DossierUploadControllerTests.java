package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

@TestPropertySource(properties = "motcua.documents.max-file-size=64KB")
class DossierUploadControllerTests extends DossierApiTestSupport {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    ResultActions submitWith(MockMultipartFile file) throws Exception {
        var dossier = new MockMultipartFile(
                "dossier", "", MediaType.APPLICATION_JSON_VALUE, application().getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/v1/dossiers")
                .file(dossier)
                .file(file)
                .header("Authorization", "Bearer " + citizen)
                .header("Idempotency-Key", "u-" + UUID.randomUUID()));
    }

    @Test
    void aScannedFormIsStoredByItsHashAndOnlyItsReadersCanDownloadIt() throws Exception {
        String body = submitWith(new MockMultipartFile("documents[0]", "don-de-nghi.pdf", "application/pdf", PDF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.documents[0].fileSize").value(PDF.length))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String sha = JsonPath.read(body, "$.documents[0].fileSha256");
        assertThat(sha)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        String id = JsonPath.read(body, "$.id");

        byte[] downloaded = mvc.perform(
                        get("/api/v1/dossiers/" + id + "/files/" + sha).header("Authorization", "Bearer " + citizen))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/api/v1/dossiers/" + id + "/files/" + sha).header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
        submitWith(new MockMultipartFile("documents[0]", "don.pdf", "application/pdf", PNG))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("document.type_mismatch"))
                .andExpect(jsonPath("$.errors[0].field").value("documents[0].file"));
        read(citizen, "/api/v1/dossiers?view=mine")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aForbiddenKindOfFileIs415() throws Exception {
        submitWith(new MockMultipartFile("documents[0]", "don.pdf", "application/pdf", EXE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("document.type_not_allowed"));
    }

    @Test
    void anEmptyFileIs422() throws Exception {
        submitWith(new MockMultipartFile("documents[0]", "don.pdf", "application/pdf", new byte[0]))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("document.empty"));
    }

    @Test
    void aTooLargeFileIs413() throws Exception {
        byte[] big = new byte[70 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        submitWith(new MockMultipartFile("documents[0]", "don.pdf", "application/pdf", big))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("document.too_large"))
                .andExpect(jsonPath("$.errors[0].field").value("documents[0].file"));
    }

    @Test
    void aPdfThatIsAlsoAnArchiveIsRefused() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("setup.exe"));
            out.write(EXE);
            out.closeEntry();
        }
        byte[] polyglot = java.util.Arrays.copyOf(PDF, PDF.length + zip.size());
        System.arraycopy(zip.toByteArray(), 0, polyglot, PDF.length, zip.size());
        submitWith(new MockMultipartFile("documents[0]", "don.pdf", "application/pdf", polyglot))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("document.type_not_allowed"))
                .andExpect(jsonPath("$.errors[0].field").value("documents[0].file"));
    }

    @Test
    void controlCharactersAndARightToLeftOverrideAreRemovedFromTheFileName() throws Exception {
        // "hóa-đơn‮fdp.exe" shows as "hóa-đơnexe.pdf" in a right-to-left-aware list: the override goes.
        submitWith(new MockMultipartFile(
                        "documents[0]", "h\u00f3a-\u0111\u01a1n\u202Efdp.exe\u0007.pdf", "application/pdf", PDF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].fileName").value("h\u00f3a-\u0111\u01a1nfdp.exe.pdf"));
    }

    @Test
    void aPathInTheFileNameIsDropped() throws Exception {
        submitWith(new MockMultipartFile("documents[0]", "../../etc/don.pdf", "application/pdf", PDF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].fileName").value("don.pdf"));
    }
}
