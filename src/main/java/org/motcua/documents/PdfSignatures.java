package org.motcua.documents;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.springframework.stereotype.Component;

/**
 * Checks the digital signatures of a result PDF (PDFBox reads the signature dictionaries, Bouncy Castle
 * checks each CMS signature against the bytes it covers). It answers whether the file is unchanged since
 * it was signed and who signed when; whether the signer's certificate chains to the national root CA is
 * not decided here.
 */
@Component
public class PdfSignatures {

    public enum Status {
        VALID,
        INVALID,
        UNSIGNED
    }

    /** The verdict on a PDF's signatures: the first signer's name and signing time when signed. */
    public record Report(Status status, String signer, LocalDateTime signedAt) {}

    /**
     * @throws DomainException 422 {@code document.pdf_unreadable} for a corrupt PDF and {@code
     *     document.pdf_encrypted} for a password-protected one: neither can be kept as a result
     */
    public Report verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw DomainException.unprocessable("document.pdf_encrypted");
            }
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Report(Status.UNSIGNED, null, null);
            }
            Report first = null;
            for (PDSignature signature : signatures) {
                Report report = check(signature, pdf);
                if (report.status() == Status.INVALID) {
                    return report;
                }
                first = first == null ? report : first;
            }
            return first;
        } catch (InvalidPasswordException e) {
            throw DomainException.unprocessable("document.pdf_encrypted");
        } catch (IOException e) {
            throw DomainException.unprocessable("document.pdf_unreadable");
        }
    }

    private static Report check(PDSignature signature, byte[] pdf) throws IOException {
        String name = signature.getName();
        LocalDateTime signedAt = time(signature.getSignDate());
        try {
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new Report(Status.INVALID, name, signedAt);
            }
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches =
                        cms.getCertificates().getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    return new Report(Status.INVALID, name, signedAt);
                }
                X509Certificate certificate = new JcaX509CertificateConverter()
                        .getCertificate(matches.iterator().next());
                boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                name = commonName(certificate, name);
                if (!intact) {
                    return new Report(Status.INVALID, name, signedAt);
                }
            }
            return new Report(Status.VALID, name, signedAt);
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException e) {
            // A signature whose bytes do not match, or that cannot be parsed, does not vouch for the file.
            return new Report(Status.INVALID, name, signedAt);
        }
    }

    private static String commonName(X509Certificate certificate, String fallback) {
        RDN[] cn = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        return cn.length == 0
                ? fallback
                : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static LocalDateTime time(Calendar calendar) {
        return calendar == null
                ? null
                : LocalDateTime.ofInstant(calendar.toInstant(), Vietnam.ZONE).withNano(0);
    }
}
