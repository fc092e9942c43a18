package org.diktyo.mail;

/**
 * What became of a queued message. {@code QUEUED}: waiting for its first attempt or, after a
 * failed attempt ({@link OutboxEntry#attempts()} &gt; 0), for its next one; {@code SENDING}:
 * claimed by an instance that is handing it to the SMTP relay; {@code SENT}: the relay accepted
 * it; {@code FAILED}: given up, with the reason ({@link OutboxEntry#lastErrorKind()},
 * {@link OutboxEntry#lastError()}).
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, FAILED
}
