package org.diktyo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String subject;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String subject) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
    }

    AuditTrail.Entry entry() {
        return new AuditTrail.Entry(occurredAt, actor, action, subject);
    }
}
