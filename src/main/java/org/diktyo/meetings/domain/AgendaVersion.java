package org.diktyo.meetings.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** When a version of an agenda was published, and by whom. */
@Entity
@Table(name = "agenda_version")
@IdClass(AgendaVersion.Key.class)
public class AgendaVersion {

    /** The composite key. */
    public record Key(String meetingId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    private String meetingId;
    @Id
    private int version;
    private Instant publishedAt;
    private String publishedBy;

    protected AgendaVersion() {
    }

    AgendaVersion(String meetingId, int version, Instant publishedAt, String publishedBy) {
        this.meetingId = meetingId;
        this.version = version;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public int version() { return version; }
    public Instant publishedAt() { return publishedAt; }
}
