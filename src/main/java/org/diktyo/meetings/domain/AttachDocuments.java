package org.diktyo.meetings.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of a meeting: attach (checked by {@link StoredFiles}), list, download. */
@Service
public class AttachDocuments {

    /** A document as listed: its file's name, type and size. */
    public record Listed(MeetingDocument document, StoredFile file) {
    }

    private final MeetingDocuments documents;
    private final StoredFiles files;
    private final MeetingAccess access;
    private final Clock clock;

    AttachDocuments(MeetingDocuments documents, StoredFiles files, MeetingAccess access, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Listed attach(String meetingId, String titleEl, String titleEn, String filename, long size,
            InputStream content) {
        access.editable(meetingId);
        String el = titleEl == null || titleEl.isBlank() ? filename : titleEl.trim();
        String en = titleEn == null || titleEn.isBlank() ? el : titleEn.trim();
        if (el == null || el.length() > 300 || en.length() > 300) {
            throw new Problem(HttpStatus.BAD_REQUEST, "meetings.document.title.invalid");
        }
        StoredFile file = files.store(filename, size, content);
        MeetingDocument document = documents.save(new MeetingDocument(meetingId, file.id(), el, en, Instant.now(clock)));
        return new Listed(document, file);
    }

    @Transactional(readOnly = true)
    public List<Listed> documents(String meetingId) {
        access.visible(meetingId);
        return documents.findByMeetingIdOrderByAttachedAt(meetingId).stream()
                .map(d -> new Listed(d, files.find(d.fileId()))).toList();
    }

    @Transactional(readOnly = true)
    public Listed document(String meetingId, String documentId) {
        access.visible(meetingId);
        MeetingDocument document = documents.findByIdAndMeetingId(documentId, meetingId).orElseThrow(Problem::notFound);
        return new Listed(document, files.find(document.fileId()));
    }

    /** The largest file accepted, as people read it ({@code 20 MB}). */
    public String maxSizeText() {
        return files.maxSizeText();
    }

    public InputStream open(Listed listed) {
        return files.open(listed.file().id());
    }

    @Transactional
    public void remove(String meetingId, String documentId) {
        access.editable(meetingId);
        MeetingDocument document = documents.findByIdAndMeetingId(documentId, meetingId).orElseThrow(Problem::notFound);
        try {
            documents.delete(document);
            documents.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException inUse) {
            // a campaign sends it with its invitations: it stays until the campaign no longer names it
            throw new Problem(HttpStatus.CONFLICT, "meetings.document.inUse");
        }
        files.delete(document.fileId());
    }
}
