package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.diktyo.documents.SignatureCheck.Integrity;
import org.diktyo.documents.signatures.PadesReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PAdES reader on PDFs signed here with a self-made key: intact, changed after signing by an
 * incremental update, with a signed byte altered, unsigned; an encrypted and a broken file are
 * refused. Offline: no trusted list, no revocation data.
 */
class PadesReaderTest {

    static byte[] signed;

    @BeforeAll
    static void sign() {
        signed = SignedPdfs.signed();
    }

    @Test
    void aSignedPdfIsIntactWithItsSignerAndIssuer() throws Exception {
        PadesReader.Reading r = PadesReader.read(signed);
        assertThat(r.integrity()).isEqualTo(Integrity.INTACT);
        assertThat(r.signer()).isEqualTo(SignedPdfs.SIGNER);
        assertThat(r.issuer()).isEqualTo(SignedPdfs.ISSUER);
        assertThat(r.signatures()).isEqualTo(1);
        assertThat(r.signedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(10)), Instant.now().plusSeconds(5));
    }

    @Test
    void aPageAddedAfterSigningIsReportedAsSuch() throws Exception {
        byte[] changed = SignedPdfs.changedAfterSigning(signed);
        assertThat(changed.length).isGreaterThan(signed.length);
        assertThat(PadesReader.read(changed).integrity()).isEqualTo(Integrity.CHANGED_AFTER_SIGNING);
    }

    @Test
    void anAlteredSignedByteBreaksTheSignature() throws Exception {
        PadesReader.Reading r = PadesReader.read(SignedPdfs.broken(signed));
        assertThat(r.integrity()).isEqualTo(Integrity.BROKEN);
        assertThat(r.signer()).isEqualTo(SignedPdfs.SIGNER);
    }

    @Test
    void anUnsignedPdfIsNotSigned() throws Exception {
        PadesReader.Reading r = PadesReader.read(SignedPdfs.unsigned());
        assertThat(r.integrity()).isEqualTo(Integrity.NOT_SIGNED);
        assertThat(r.signer()).isNull();
        assertThat(r.signatures()).isZero();
    }

    @Test
    void encryptedAndUnreadableFilesAreRefused() {
        assertThatThrownBy(() -> PadesReader.read(SignedPdfs.encrypted())).isInstanceOfSatisfying(
                PadesReader.Unreadable.class, e -> assertThat(e.encrypted()).isTrue());
        assertThatThrownBy(() -> PadesReader.read("%PDF-1.7\nnot really\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(PadesReader.Unreadable.class, e -> assertThat(e.encrypted()).isFalse());
    }
}
