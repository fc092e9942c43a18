package org.diktyo.documents;

import java.time.Instant;

/** A file kept by the platform: its id, the name it was uploaded with, type, size and SHA-256. */
public record StoredFile(String id, String originalName, String mediaType, long size, String sha256,
        Instant storedAt) {
}
