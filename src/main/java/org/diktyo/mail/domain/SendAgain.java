package org.diktyo.mail.domain;

import java.time.Clock;
import java.time.Instant;

import org.diktyo.mail.OutgoingMail;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a message again, two ways. {@link #retry}: a failed message is due again, the same
 * message (same Message-ID), its attempts counted afresh. {@link #resend}: a new copy of any
 * message (a new Message-ID: the recipient sees a second message, as they should when someone
 * asks to send it again), with the same purpose and reference.
 */
@Service
public class SendAgain {

    private final OutboxMessages messages;
    private final OutboxAttachments attachments;
    private final QueueMail queue;
    private final Claims claims;
    private final Clock clock;

    SendAgain(OutboxMessages messages, OutboxAttachments attachments, QueueMail queue, Claims claims, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.queue = queue;
        this.claims = claims;
        this.clock = clock;
    }

    @Transactional
    public long resend(long id) {
        OutboxMessage m = messages.findById(id).orElseThrow(Problem::notFound);
        var files = attachments.findByOutboxIdOrderBySeq(id).stream()
                .map(a -> new OutgoingMail.Attachment(a.filename(), a.contentType(), a.content())).toList();
        return queue.queue(new OutgoingMail(m.to(), m.cc(), m.subject(), m.text(), m.html(), files, m.purpose(),
                m.reference()));
    }

    @Transactional
    public void retry(long id) {
        if (!messages.existsById(id)) {
            throw Problem.notFound();
        }
        if (!claims.retry(id, Instant.now(clock))) {
            throw new Problem(HttpStatus.CONFLICT, "mail.outbox.retry.notFailed");
        }
        queue.wakeAfterCommit();
    }
}
