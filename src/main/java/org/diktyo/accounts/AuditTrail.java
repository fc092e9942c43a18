package org.diktyo.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.platform.ViewerResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of access to personal data: who read or exported the contacts of which
 * municipality, and who changed them. Modules record here through this API.
 */
@Service
public class AuditTrail {

    private final AuditEvents events;
    private final ViewerResolver viewers;
    private final Clock clock;

    AuditTrail(AuditEvents events, ViewerResolver viewers, Clock clock) {
        this.events = events;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Records that the current viewer did {@code action} to {@code subject}. */
    @Transactional
    public void record(String action, String subject) {
        String actor = viewers.current().email();
        events.save(new AuditEvent(Instant.now(clock), actor == null ? "-" : actor, action, subject));
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return events.findLatest(PageRequest.of(0, limit)).stream().map(AuditEvent::entry).toList();
    }

    public record Entry(Instant occurredAt, String actor, String action, String subject) {
    }
}
