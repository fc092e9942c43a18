package org.diktyo.mail.domain;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mail module's configuration ({@code diktyo.mail.*}; the README lists every property).
 * The SMTP relay itself is Spring Boot's {@code spring.mail.*}.
 */
@Component
public class MailSettings {

    private final String from;
    private final String replyTo;
    private final Duration interval;
    private final int batchSize;
    private final Duration lease;
    private final Duration retryBase;
    private final Duration retryMaxDelay;
    private final int maxAttempts;
    private final long maxAttachmentBytes;
    private final String instance;
    private final double rateLimit;

    MailSettings(@Value("${diktyo.mail.from}") String from, @Value("${diktyo.mail.reply-to}") String replyTo,
            @Value("${diktyo.mail.delivery.interval:2s}") Duration interval,
            @Value("${diktyo.mail.delivery.batch-size:20}") int batchSize,
            @Value("${diktyo.mail.delivery.lease:5m}") Duration lease,
            @Value("${diktyo.mail.retry.base:1m}") Duration retryBase,
            @Value("${diktyo.mail.retry.max-delay:1h}") Duration retryMaxDelay,
            @Value("${diktyo.mail.retry.max-attempts:8}") int maxAttempts,
            @Value("${diktyo.mail.max-attachment-bytes:20000000}") long maxAttachmentBytes,
            @Value("${diktyo.mail.delivery.instance:}") String instance,
            @Value("${diktyo.mail.delivery.rate-limit:0}") double rateLimit) {
        if (batchSize < 1 || maxAttempts < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("diktyo.mail: batch-size, retry.max-attempts and lease must be positive");
        }
        this.from = from;
        this.replyTo = replyTo;
        this.interval = interval;
        this.batchSize = batchSize;
        this.lease = lease;
        this.retryBase = retryBase;
        this.retryMaxDelay = retryMaxDelay;
        this.maxAttempts = maxAttempts;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.rateLimit = Math.max(0, rateLimit);
        this.instance = instance == null || instance.isBlank() ? defaultInstance() : instance;
    }

    /** "host/pid-random": which instance claimed a message, for the secretariat and the logs. */
    private static String defaultInstance() {
        String runtime = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        String suffix = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        String name = runtime + "-" + suffix;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The platform's own address, the sender of every message (so that SPF and DMARC hold). */
    public String from() {
        return from;
    }

    /** Where replies go: the secretariat. */
    public String replyTo() {
        return replyTo;
    }

    public Duration interval() {
        return interval;
    }

    /** How many due messages one poll claims at most. */
    public int batchSize() {
        return batchSize;
    }

    /** How long a claim holds before another instance may take the message up again. */
    public Duration lease() {
        return lease;
    }

    /** The wait after the n-th failed attempt: {@code base × 2^(n-1)}, at most {@code max-delay}. */
    public Duration backOff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(retryMaxDelay) > 0 || delay.isNegative() ? retryMaxDelay : delay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** The least time between two messages handed to the relay by this instance (0: no limit). */
    public Duration pause() {
        return rateLimit <= 0 ? Duration.ZERO : Duration.ofNanos((long) (1_000_000_000L / rateLimit));
    }

    public String instance() {
        return instance;
    }

    /** The domain of the sender's address, the right-hand side of every Message-ID. */
    public String domain() {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "diktyo.invalid" : domain;
    }
}
