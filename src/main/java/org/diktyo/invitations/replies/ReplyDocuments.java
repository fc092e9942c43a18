package org.diktyo.invitations.replies;

import java.nio.charset.StandardCharsets;

import org.diktyo.meetings.MeetingFacts;
import org.diktyo.platform.Problem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A meeting document downloaded through a reply link: an attachment with its own name, never sniffed. */
@Component
class ReplyDocuments {

    private final AnswerInvitation replies;
    private final MeetingFacts meetings;

    ReplyDocuments(AnswerInvitation replies, MeetingFacts meetings) {
        this.replies = replies;
        this.meetings = meetings;
    }

    ResponseEntity<InputStreamResource> download(String token, String documentId) {
        var view = replies.view(token);
        MeetingFacts.DocumentInfo doc = view.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(Problem::notFound);
        var in = meetings.openDocument(view.meeting().id(), documentId).orElseThrow(Problem::notFound);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(doc.mediaType()))
                .contentLength(doc.size())
                .body(new InputStreamResource(in));
    }
}
