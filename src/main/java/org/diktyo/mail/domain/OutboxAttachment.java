package org.diktyo.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file attached to a queued message, bytes and all, so that the message can be sent (and
 * sent again) exactly as it was queued. The bytes are {@code bytea} on PostgreSQL and
 * {@code binary varying} on H2: mapped as {@code VARBINARY}, never {@code @Lob} (which would
 * be a large-object {@code oid} on PostgreSQL). Listings read {@link Listed} projections, which
 * leave the bytes in the database.
 */
@Entity
@Table(name = "mail_attachment")
public class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long outboxId;
    private int seq;
    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected OutboxAttachment() {
    }

    public OutboxAttachment(long outboxId, int seq, String filename, String contentType, byte[] content) {
        this.outboxId = outboxId;
        this.seq = seq;
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
    }

    public int seq() {
        return seq;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }

    /** An attachment without its bytes. */
    public record Listed(long outboxId, int seq, String filename, String contentType, long size) {
    }
}
