package org.diktyo.links;

import java.time.Instant;

/** A stored link as its token finds it: what it is for, when it was issued, and when revoked (or null). */
public record Link(String purpose, String subject, Instant issuedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
