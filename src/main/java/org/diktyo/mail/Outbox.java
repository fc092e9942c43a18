package org.diktyo.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.mail.domain.MailSettings;
import org.diktyo.mail.domain.QueueMail;
import org.diktyo.mail.domain.ReadOutbox;
import org.diktyo.mail.domain.SendAgain;
import org.springframework.stereotype.Service;

/**
 * The mail module's API: queue a message in the caller's transaction; ask what became of it;
 * send it again. See the package documentation for what delivery promises.
 */
@Service
public class Outbox {

    private final QueueMail queue;
    private final ReadOutbox read;
    private final SendAgain again;
    private final MailSettings settings;

    Outbox(QueueMail queue, ReadOutbox read, SendAgain again, MailSettings settings) {
        this.queue = queue;
        this.read = read;
        this.again = again;
        this.settings = settings;
    }

    /** The most bytes of attachments one message may carry ({@code diktyo.mail.max-attachment-bytes}). */
    public long maxAttachmentBytes() {
        return settings.maxAttachmentBytes();
    }

    /**
     * Queues {@code mail} in the caller's transaction (one is started if there is none): it is
     * stored whole — copies, attachments, purpose, reference — with a Message-ID fixed now, and
     * sent only if that transaction commits.
     *
     * @return the message's id in the outbox, for {@link #entry(long)}
     * @throws org.diktyo.platform.Problem (400) an address SMTP cannot carry; (413) attachments
     *         over {@code diktyo.mail.max-attachment-bytes}
     * @throws IllegalArgumentException no subject or text, a purpose not like {@code invitation}
     *         ({@code [a-z0-9][a-z0-9._-]{0,39}}), a reference over 100 characters
     */
    public long queue(OutgoingMail mail) {
        return queue.queue(mail);
    }

    /** One message and what became of it. */
    public Optional<OutboxEntry> entry(long id) {
        return read.entry(id);
    }

    /** Every message queued with this reference, oldest first (a message, its resends, its reminders …). */
    public List<OutboxEntry> byReference(String reference) {
        return read.byReference(reference);
    }

    /**
     * The newest message of each reference, of the given purpose ({@code null}: any purpose).
     * References without a message are not in the map.
     */
    public Map<String, OutboxEntry> latestByReference(Collection<String> references, String purpose) {
        return read.latestByReference(references, purpose);
    }

    /** The status of the newest message of each reference, whatever its purpose. */
    public Map<String, DeliveryStatus> statusByReference(Collection<String> references) {
        return statusByReference(references, null);
    }

    /** The status of the newest message of each reference of the given purpose ({@code null}: any). */
    public Map<String, DeliveryStatus> statusByReference(Collection<String> references, String purpose) {
        Map<String, DeliveryStatus> statuses = new LinkedHashMap<>();
        read.latestByReference(references, purpose).forEach((ref, entry) -> statuses.put(ref, entry.status()));
        return statuses;
    }

    /**
     * Queues a new copy of message {@code id} (a new Message-ID; same recipients, text,
     * attachments, purpose and reference), in the caller's transaction.
     *
     * @return the copy's id
     * @throws org.diktyo.platform.Problem (404) no such message
     */
    public long resend(long id) {
        return again.resend(id);
    }

    /**
     * Makes a {@code FAILED} message due again now: the same message (same Message-ID), its
     * attempts counted afresh.
     *
     * @throws org.diktyo.platform.Problem (404) no such message; (409) it has not failed
     */
    public void retry(long id) {
        again.retry(id);
    }

    /** The newest {@code limit} messages. */
    public List<OutboxEntry> latest(int limit) {
        return read.latest(limit);
    }
}
