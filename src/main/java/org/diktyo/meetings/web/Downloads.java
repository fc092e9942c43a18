package org.diktyo.meetings.web;

import org.diktyo.documents.FileDownloads;
import org.diktyo.meetings.domain.AttachDocuments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;

/** A meeting's document as a download with its original file name, for the API and the pages. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> attachment(AttachDocuments documents, String meetingId,
            String documentId) {
        AttachDocuments.Listed listed = documents.document(meetingId, documentId);
        return FileDownloads.attachment(listed.file(), documents.open(listed));
    }
}
