package org.diktyo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * Signed PDFs made at test time (no certificate is shipped): a self-signed RSA certificate made
 * with BouncyCastle, a small PDF made with PDFBox (its page text left uncompressed, so a test can
 * alter one letter), signed PAdES-B with DSS's own service; the same changed after signing by an
 * incremental update, or with a signed byte altered; and an encrypted one.
 */
public final class SignedPdfs {

    /** The words on the page; {@link #broken} changes the first letter. */
    public static final String TEXT = "Memorandum of cooperation";
    /** The signer's common name in the certificate made here. */
    public static final String SIGNER = "Maria Papadopoulou";
    /** The issuer's common name (self-signed: the same person). */
    public static final String ISSUER = SIGNER;

    private SignedPdfs() {
    }

    /** A one-page PDF without signature. */
    public static byte[] unsigned() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(TEXT);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #unsigned()} signed PAdES-BASELINE-B by {@link #SIGNER}. */
    public static byte[] signed() {
        return sign(unsigned());
    }

    /** {@code pdf} signed PAdES-BASELINE-B with a fresh self-signed certificate of {@link #SIGNER}. */
    public static byte[] sign(byte[] pdf) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = certificate(keys);
            PAdESSignatureParameters parameters = new PAdESSignatureParameters();
            parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
            parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
            CertificateToken token = new CertificateToken(certificate);
            parameters.setSigningCertificate(token);
            parameters.setCertificateChain(List.of(token));
            PAdESService service = new PAdESService(new CommonCertificateVerifier());
            DSSDocument document = new InMemoryDocument(pdf);
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(toBeSigned.getBytes());
            DSSDocument signed = service.signDocument(document, parameters,
                    new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign()));
            try (var in = signed.openStream()) {
                return in.readAllBytes();
            }
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code signed} with a page added afterwards by an incremental update: its signature still intact. */
    public static byte[] changedAfterSigning(byte[] signed) {
        try (PDDocument document = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Added after signing");
                content.endText();
            }
            COSDictionary pages = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            pages.setNeedToBeUpdated(true);
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code signed} with one letter of the signed page text changed in place: the signature no longer matches. */
    public static byte[] broken(byte[] signed) {
        byte[] copy = signed.clone();
        byte[] text = TEXT.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + text.length <= copy.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + text.length, text, 0, text.length)) {
                copy[i] = 'N';
                return copy;
            }
        }
        throw new IllegalStateException("the page text was not found");
    }

    /** {@link #unsigned()} encrypted with a password. */
    public static byte[] encrypted() {
        try (PDDocument document = Loader.loadPDF(unsigned()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(KeyPair keys) throws GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException {
        X500Name name = new X500Name("CN=" + SIGNER + ", O=Test Municipality, C=GR");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
