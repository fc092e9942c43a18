package org.diktyo.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stored_file")
class StoredFileRow {

    @Id
    private String id;
    private String originalName;
    private String mediaType;
    private long size;
    private String sha256;
    private Instant storedAt;

    protected StoredFileRow() {
    }

    StoredFileRow(StoredFile file) {
        this.id = file.id();
        this.originalName = file.originalName();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storedAt = file.storedAt();
    }

    StoredFile file() {
        return new StoredFile(id, originalName, mediaType, size, sha256, storedAt);
    }
}
