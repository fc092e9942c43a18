package org.diktyo.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

    static final String QUEUED = "QUEUED";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient")
    private String to;
    private String subject;
    @Column(name = "body_text")
    private String text;
    @Column(name = "body_html")
    private String html;
    private String purpose;
    private String status;
    private int attempts;
    private String lastError;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingMail mail, Instant now) {
        this.to = mail.to();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.purpose = mail.purpose();
        this.status = QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    Long id() {
        return id;
    }

    OutgoingMail mail() {
        return new OutgoingMail(to, subject, text, html, purpose);
    }

    void sent(Instant now) {
        status = SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    void failed(Instant now, String reason, int maxAttempts) {
        attempts++;
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        // back-off: 1, 2, 4, 8 … minutes
        nextAttemptAt = now.plusSeconds(60L << Math.min(attempts - 1, 10));
        if (attempts >= maxAttempts) {
            status = FAILED;
        }
    }

    Outbox.OutboxEntry entry() {
        return new Outbox.OutboxEntry(id, to, subject, text, purpose, status, attempts, lastError, createdAt, sentAt);
    }
}
