package org.diktyo.meetings.web;

import java.nio.charset.StandardCharsets;

import org.diktyo.meetings.domain.AttachDocuments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A meeting's document as a download with its original file name, for the API and the pages. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> attachment(AttachDocuments documents, String meetingId,
            String documentId) {
        AttachDocuments.Listed listed = documents.document(meetingId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(listed.file().mediaType()))
                .contentLength(listed.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(listed.file().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(documents.open(listed)));
    }
}
