package org.diktyo.mail.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.FailureKind;
import org.diktyo.mail.OutboxEntry;

/**
 * A row of the outbox: the whole message (its attachments are {@link OutboxAttachment} rows)
 * and its delivery state. Written by JPA when queued; its delivery state is changed only by
 * the conditional updates of {@link Claims}, so that two instances never both own it.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageId;
    @Column(name = "recipient")
    private String to;
    private String cc;
    private String subject;
    @Column(name = "body_text")
    private String text;
    @Column(name = "body_html")
    private String html;
    private String purpose;
    private String reference;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Enumerated(EnumType.STRING)
    private FailureKind lastErrorKind;
    private String lastError;
    private String claimToken;
    private String claimedBy;
    private Instant createdAt;
    private Instant lastAttemptAt;
    private Instant nextAttemptAt;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageId, String to, List<String> cc, String subject, String text, String html,
            String purpose, String reference, Instant now) {
        this.messageId = messageId;
        this.to = to;
        this.cc = cc.isEmpty() ? null : String.join("\n", cc);
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.purpose = purpose;
        this.reference = reference;
        this.status = DeliveryStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String to() {
        return to;
    }

    public List<String> cc() {
        return cc == null || cc.isBlank() ? List.of() : Arrays.asList(cc.split("\n"));
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public String purpose() {
        return purpose;
    }

    public String reference() {
        return reference;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String claimToken() {
        return claimToken;
    }

    public OutboxEntry entry(List<OutboxEntry.AttachmentInfo> attachments) {
        return new OutboxEntry(id, messageId, to, cc(), subject, text, html, purpose, reference, status, attempts,
                lastErrorKind, lastError, createdAt, lastAttemptAt,
                status == DeliveryStatus.QUEUED || status == DeliveryStatus.SENDING ? nextAttemptAt : null, sentAt,
                attachments);
    }
}
