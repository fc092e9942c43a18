package org.diktyo.meetings.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** A stored file attached to a meeting, with a title in both languages. */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument {

    @Id
    private String id;
    private String meetingId;
    private String fileId;
    private String titleEl;
    private String titleEn;
    private Instant attachedAt;

    protected MeetingDocument() {
    }

    MeetingDocument(String meetingId, String fileId, String titleEl, String titleEn, Instant attachedAt) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId;
        this.fileId = fileId;
        this.titleEl = titleEl;
        this.titleEn = titleEn;
        this.attachedAt = attachedAt;
    }

    public String id() { return id; }
    public String meetingId() { return meetingId; }
    public String fileId() { return fileId; }
    public String titleEl() { return titleEl; }
    public String titleEn() { return titleEn; }
    public Instant attachedAt() { return attachedAt; }

    /** {@code titleEl} and {@code titleEn} together. */
    public Bilingual title() {
        return Bilingual.of(titleEl(), titleEn());
    }
}
