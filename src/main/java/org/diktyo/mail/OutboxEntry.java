package org.diktyo.mail;

import java.time.Instant;
import java.util.List;

/**
 * One message of the outbox and what became of it.
 *
 * @param id the outbox's id of the message (what {@link Outbox#queue} returned)
 * @param messageId the message's {@code Message-ID} header, fixed when it was queued: every attempt
 *        sends the same one, so a receiver can tell a repeated delivery from a new message
 * @param attempts how many times an instance took it up to send it
 * @param lastErrorKind why the last attempt failed, or {@code null}
 * @param lastError the relay's or the mail library's own words for it, or {@code null}
 * @param nextAttemptAt when it is due again (a {@code QUEUED} message), or when the lease of the
 *        instance sending it ends (a {@code SENDING} message); else {@code null}
 */
public record OutboxEntry(long id, String messageId, String to, List<String> cc, String subject, String text,
        String html, String purpose, String reference, DeliveryStatus status, int attempts,
        FailureKind lastErrorKind, String lastError, Instant createdAt, Instant lastAttemptAt,
        Instant nextAttemptAt, Instant sentAt, List<AttachmentInfo> attachments) {

    public OutboxEntry {
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /** An attached file, without its bytes: its place among the attachments (from 0), name, type and size. */
    public record AttachmentInfo(int index, String filename, String contentType, long size) {
    }
}
