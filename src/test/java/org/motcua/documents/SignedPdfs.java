package org.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Result PDFs for tests: signed with a freshly generated self-signed certificate (PDFBox signing, a
 * Bouncy Castle CMS signature), tampered after signing, password-protected, or plain.
 */
public final class SignedPdfs {

    public static final String SIGNER = "Lê Minh Châu";

    private SignedPdfs() {}

    public static byte[] unsigned() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] signed() {
        try {
            KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=" + SIGNER + ", O=Sở Tài nguyên và Môi trường, C=VN");
            ContentSigner selfSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    subject,
                                    BigInteger.valueOf(now.toEpochMilli()),
                                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                                    subject,
                                    keys.getPublic())
                            .build(selfSigner));
            try (PDDocument document = Loader.loadPDF(unsigned());
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                signature.setName(SIGNER);
                signature.setSignDate(Calendar.getInstance());
                document.addSignature(signature, content -> {
                    try {
                        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                        generator.addSignerInfoGenerator(
                                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                                        .build(
                                                new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                                                certificate));
                        generator.addCertificates(new JcaCertStore(List.of(certificate)));
                        return generator
                                .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                                .getEncoded();
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                });
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed PDF with one byte of the signed content changed afterwards (in the header comment). */
    public static byte[] tampered() {
        byte[] pdf = signed();
        pdf[10] ^= 0x01;
        return pdf;
    }

    public static byte[] passwordProtected() {
        try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(unsigned()).readAllBytes());
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
