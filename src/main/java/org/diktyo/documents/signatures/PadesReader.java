package org.diktyo.documents.signatures;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.diktyo.documents.SignatureCheck.Integrity;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * Reads the PAdES signatures of a PDF with the EU DSS library, offline: no revocation data, no
 * certificate fetched, no trusted list (docs/adr/0021-pades-signatures.md). Only this class
 * touches DSS, so that its classes load on the first check and never at start.
 */
public final class PadesReader {

    /** What the signatures say; the signer and issuer of the last signature. */
    public record Reading(Integrity integrity, String signer, Instant signedAt, String issuer, int signatures) {
    }

    /** A file that is not a PDF one can read, or is encrypted. */
    public static final class Unreadable extends Exception {
        private final boolean encrypted;

        Unreadable(boolean encrypted, Throwable cause) {
            super(encrypted ? "encrypted PDF" : "unreadable PDF", cause);
            this.encrypted = encrypted;
        }

        public boolean encrypted() {
            return encrypted;
        }
    }

    private PadesReader() {
    }

    /** The signatures of {@code pdf}; {@link Unreadable} when PDFBox cannot open it or it is encrypted. */
    public static Reading read(byte[] pdf) throws Unreadable {
        int dictionaries = open(pdf);
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(offline());
        DiagnosticData diagnostic;
        try {
            diagnostic = validator.validateDocument().getDiagnosticData();
        } catch (RuntimeException e) {
            throw new Unreadable(false, e);
        }
        List<SignatureWrapper> signatures = new ArrayList<>(diagnostic.getSignatures());
        if (signatures.isEmpty()) {
            return new Reading(dictionaries > 0 ? Integrity.UNVERIFIABLE : Integrity.NOT_SIGNED, null, null, null,
                    dictionaries);
        }
        signatures.sort(Comparator.comparing(PadesReader::end));
        SignatureWrapper last = signatures.get(signatures.size() - 1);
        Integrity integrity = Integrity.INTACT;
        for (SignatureWrapper s : signatures) {
            integrity = worse(integrity, integrity(s));
        }
        if (integrity == Integrity.INTACT && end(last).longValueExact() < contentLength(pdf) && !onlyExtended(last)) {
            integrity = Integrity.CHANGED_AFTER_SIGNING;
        }
        CertificateWrapper certificate = last.getSigningCertificate();
        return new Reading(integrity, signers(signatures),
                last.getClaimedSigningTime() == null ? null : last.getClaimedSigningTime().toInstant(),
                certificate == null ? null : Names.issuer(certificate), signatures.size());
    }

    /** Opens the file with PDFBox: refuses what is encrypted or unreadable; counts its signature dictionaries. */
    private static int open(byte[] pdf) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new Unreadable(true, null);
            }
            return document.getSignatureDictionaries().size();
        } catch (InvalidPasswordException e) {
            throw new Unreadable(true, e);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(false, e);
        }
    }

    /** No OCSP, no CRL, no AIA: nothing is fetched from the network. */
    private static CommonCertificateVerifier offline() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    private static Integrity integrity(SignatureWrapper s) {
        List<XmlDigestMatcher> digests = s.getDigestMatchers();
        boolean dataIntact = !digests.isEmpty() && digests.stream().allMatch(d -> d.isDataFound() && d.isDataIntact());
        PDFRevisionWrapper revision = s.getPDFRevision();
        if (!dataIntact || revision != null && !revision.isSignatureByteRangeValid()) {
            return Integrity.BROKEN;
        }
        if (!s.isSignatureIntact()) {
            return s.getSigningCertificate() == null ? Integrity.UNVERIFIABLE : Integrity.BROKEN;
        }
        if (revision != null && (revision.arePdfModificationsDetected() || !revision.getPdfUndefinedChanges().isEmpty())) {
            return Integrity.CHANGED_AFTER_SIGNING;
        }
        return Integrity.INTACT;
    }

    /**
     * Whether what was appended after the last signature is only validation data (a PAdES-LT
     * extension: the DSS dictionary of certificates and revocation data), which DSS reports as
     * extension changes and nothing else.
     */
    private static boolean onlyExtended(SignatureWrapper s) {
        PDFRevisionWrapper revision = s.getPDFRevision();
        return revision != null && !revision.getPdfExtensionChanges().isEmpty()
                && revision.getPdfSignatureOrFormFillChanges().isEmpty() && revision.getPdfAnnotationChanges().isEmpty()
                && revision.getPdfUndefinedChanges().isEmpty() && !revision.arePdfModificationsDetected();
    }

    /** The more serious of two findings. */
    private static Integrity worse(Integrity a, Integrity b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Integrity i) {
        return switch (i) {
            case NOT_SIGNED, INTACT -> 0;
            case UNVERIFIABLE -> 1;
            case CHANGED_AFTER_SIGNING -> 2;
            case BROKEN -> 3;
        };
    }

    /** Where the signed bytes end: the byte range's last offset plus its length. */
    private static BigInteger end(SignatureWrapper s) {
        PDFRevisionWrapper revision = s.getPDFRevision();
        List<BigInteger> range = revision == null ? List.of() : revision.getSignatureByteRange();
        return range.size() == 4 ? range.get(2).add(range.get(3)) : BigInteger.ZERO;
    }

    /** The file's length without the white space or NUL bytes a writer may leave after the last {@code %%EOF}. */
    static long contentLength(byte[] pdf) {
        int n = pdf.length;
        while (n > 0 && (pdf[n - 1] == '\n' || pdf[n - 1] == '\r' || pdf[n - 1] == ' ' || pdf[n - 1] == 0)) {
            n--;
        }
        return n;
    }

    private static String signers(List<SignatureWrapper> signatures) {
        Set<String> names = new LinkedHashSet<>();
        for (SignatureWrapper s : signatures) {
            if (s.getSigningCertificate() != null) {
                names.add(Names.person(s.getSigningCertificate()));
            }
        }
        names.remove(null);
        String joined = String.join(", ", names);
        return joined.isEmpty() ? null : joined.length() > 300 ? joined.substring(0, 300) : joined;
    }
}
