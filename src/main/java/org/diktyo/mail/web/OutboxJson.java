package org.diktyo.mail.web;

import java.time.Instant;
import java.util.List;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.FailureKind;
import org.diktyo.mail.OutboxEntry;

/** The JSON shapes of {@code /api/v1/outbox}. Ids are opaque strings; times are ISO-8601 in UTC. */
final class OutboxJson {

    private OutboxJson() {
    }

    /** A page of messages. */
    record PageJson(List<EntryJson> items, int page, int size, long total) {
    }

    /** A message without its bodies: who, what, what for, and what became of it. */
    record EntryJson(String id, String messageId, String to, List<String> cc, String subject, String purpose,
            String reference, DeliveryStatus status, int attempts, FailureKind lastErrorKind, String lastError,
            Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt,
            List<AttachmentJson> attachments) {

        static EntryJson of(OutboxEntry e) {
            return new EntryJson(String.valueOf(e.id()), e.messageId(), e.to(), e.cc(), e.subject(), e.purpose(),
                    e.reference(), e.status(), e.attempts(), e.lastErrorKind(), e.lastError(), e.createdAt(),
                    e.lastAttemptAt(), e.nextAttemptAt(), e.sentAt(), AttachmentJson.of(e));
        }
    }

    /** One message with its plain-text and HTML bodies. */
    record DetailJson(EntryJson message, String text, String html) {
        static DetailJson of(OutboxEntry e) {
            return new DetailJson(EntryJson.of(e), e.text(), e.html());
        }
    }

    /** An attached file: name, type, size in bytes, where to download it. */
    record AttachmentJson(String filename, String contentType, long size, String href) {
        static List<AttachmentJson> of(OutboxEntry e) {
            return e.attachments().stream().map(a -> new AttachmentJson(a.filename(), a.contentType(), a.size(),
                    "/api/v1/outbox/" + e.id() + "/attachments/" + a.index())).toList();
        }
    }
}
