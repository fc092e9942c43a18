package org.diktyo.documents;

import java.time.Instant;

/**
 * What the check of a PDF's electronic signatures (PAdES) found: whether the signed bytes are
 * intact, who signed (the certificate's name), when they claim to have signed, who issued their
 * certificate, and the qualification of the signature, {@code UNKNOWN} while no trusted list is
 * read (offline, docs/adr/0021-pades-signatures.md). Kept per stored file.
 */
public record SignatureCheck(String fileId, Integrity integrity, String signer, Instant signedAt, String issuer,
        String qualification, int signatures, Instant checkedAt) {

    /** What the bytes of the signatures say. */
    public enum Integrity {
        /** No electronic signature in the file (a scan of a signed paper, say). */
        NOT_SIGNED,
        /** Every signature is intact and the last one covers the whole file. */
        INTACT,
        /** The signatures are intact but the file was changed after signing (an incremental update). */
        CHANGED_AFTER_SIGNING,
        /** The signed bytes were changed: a signature does not match its content. */
        BROKEN,
        /** A signature whose certificate or format cannot be checked. */
        UNVERIFIABLE;

        /** Shown as a warning: the signed text cannot be relied on. */
        public boolean bad() {
            return this == BROKEN || this == CHANGED_AFTER_SIGNING;
        }

        /** The file carries at least one electronic signature. */
        public boolean signed() {
            return this != NOT_SIGNED;
        }
    }

    /** The qualification while no trusted list is read: unknown. */
    public static final String UNKNOWN = "UNKNOWN";
}
