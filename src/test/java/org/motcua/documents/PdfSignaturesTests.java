package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.motcua.shared.DomainException;

class PdfSignaturesTests {

    private final PdfSignatures signatures = new PdfSignatures();

    @Test
    void aSignedResultVerifiesWithItsSignerAndTime() {
        PdfSignatures.Report report = signatures.verify(SignedPdfs.signed());

        assertThat(report.status()).isEqualTo(PdfSignatures.Status.VALID);
        assertThat(report.signer()).isEqualTo(SignedPdfs.SIGNER);
        assertThat(report.signedAt()).isAfter(LocalDateTime.now().minusDays(2));
    }

    @Test
    void aResultChangedAfterSigningIsInvalid() {
        assertThat(signatures.verify(SignedPdfs.tampered()).status()).isEqualTo(PdfSignatures.Status.INVALID);
    }

    @Test
    void aPdfWithoutSignaturesIsUnsigned() {
        assertThat(signatures.verify(SignedPdfs.unsigned()))
                .isEqualTo(new PdfSignatures.Report(PdfSignatures.Status.UNSIGNED, null, null));
    }

    @Test
    void corruptAndPasswordProtectedPdfsAreRefused() {
        assertThatThrownBy(() -> signatures.verify("%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("document.pdf_unreadable"));
        assertThatThrownBy(() -> signatures.verify(SignedPdfs.passwordProtected()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("document.pdf_encrypted"));
    }
}
