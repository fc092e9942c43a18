package org.diktyo.positions.domain;

import java.time.Instant;

/**
 * What a municipality's signature was before it was confirmed again, signed anew or withdrawn:
 * the hash of the text it signed, how, when, by whom, and its letter (kept, never deleted).
 */
public record EarlierSignature(String method, Instant signedAt, String textHash, SignatureState state, String signedBy,
        String letterFileId, Instant replacedAt) {
}
