package org.diktyo.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: queue a message; list what was queued and what became of it. */
@Service
public class Outbox {

    private final OutboxMessages messages;
    private final Clock clock;

    Outbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Queues {@code mail} in the caller's transaction: it is sent only if that commits. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void queue(OutgoingMail mail) {
        messages.save(new OutboxMessage(mail, Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> latest(int limit) {
        return messages.findLatest(org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(OutboxMessage::entry).toList();
    }

    /** One queued message as the secretariat sees it. */
    public record OutboxEntry(long id, String to, String subject, String text, String purpose,
            String status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
    }
}
